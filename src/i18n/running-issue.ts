import type { RejectPlace, ServerRejectWhy } from '../core/reject';

/*
 * Why a running deployment can't be read or rebalanced, and the notes on reading its server file:
 * a code and the figures its sentence is said from, rendered by the catalogue's `running.issue.<code>`
 * entry. The union lives here, not in io, because the catalogue's entries are typed against it.
 */

/** The running view's issues: a code and its typed figures. */
export type RunningIssue =
  /** `hasColumn`: the inventory has a processServer column, but no row names a server in it. */
  | { code: 'no-process-server'; params: { hasColumn: boolean } }
  /**
   * Every row of the server file was rejected (`rows` of them; `firstRejected`: the first, null when
   * there was none). `file`: the file's name as the command line gave it, null on the page.
   */
  | { code: 'no-valid-server-row'; params: { rows: number; firstRejected: (RejectPlace & ServerRejectWhy) | null; file: string | null } }
  | { code: 'no-inventory'; params: Record<never, never> }
  /** `percent`: the share of the first characters that are control or undecodable characters. */
  | { code: 'not-csv'; params: { percent: number } }
  | { code: 'empty'; params: Record<never, never> }
  /** `headers`: the headers found; `aliases`: the spellings a name column is recognised by. */
  | { code: 'no-name-column'; params: { headers: readonly string[]; aliases: readonly string[] } }
  /** `line`: the first short row's. */
  | { code: 'ragged-rows'; params: { line: number } }
  /** Two columns mean one field: `first` and `later` are 1-based column numbers, `column` the later's header. */
  | { code: 'duplicate-header'; params: { first: number; firstHeader: string; later: number; column: string; field: string } };
