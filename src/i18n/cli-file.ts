import type { RejectedRow } from '../core/model';

/*
 * Why the command line could not use the file it was given, as data: a code and the figures its
 * sentence is said from, rendered by the catalogue's `cli.file.<code>` entry (English on the
 * terminal, src/cli/cli-failure.ts). The union lives here because the catalogue's entries are typed
 * against it and i18n may not import the CLI.
 */

/** A file the command line could not read, or could read but not use: its path and figures. */
export type CliFile =
  | { code: 'directory'; params: { path: string } }
  | { code: 'not-found'; params: { path: string } }
  | { code: 'permission-denied'; params: { path: string } }
  /** Any other error of the system's: `detail` is its own text. */
  | { code: 'unreadable'; params: { path: string; detail: string } }
  /** No row could be planned: `firstRejected` is the first rejected row, absent when every row was skipped. */
  | { code: 'no-valid-row'; params: { path: string; dataRows: number; skipped: number; firstRejected?: RejectedRow } };
