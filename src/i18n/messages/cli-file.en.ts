import type { CliFile } from '../cli-file';
import type { Entries } from '../families';
import type { Formatters } from '../format';
import { noneAccepted, rejectReasonEn } from './read-issue.en';

/*
 * The command line's sentences about the file it was given, English: what `plan`, `rebalance` and
 * `migrate` print when they cannot read it or it has no machine to plan.
 */

type P<C extends CliFile['code']> = Extract<CliFile, { code: C }>['params'];

/** File errors, English. */
export const cliFileEn: Entries<'cli.file', CliFile> = {
  'cli.file.directory': (p: P<'directory'>) => `"${p.path}" is a directory, not a CSV file`,
  'cli.file.not-found': (p: P<'not-found'>) => `cannot read "${p.path}": no such file`,
  'cli.file.permission-denied': (p: P<'permission-denied'>) => `cannot read "${p.path}": permission denied`,
  'cli.file.unreadable': (p: P<'unreadable'>) => `cannot read "${p.path}": ${p.detail}`,
  'cli.file.no-valid-row': (p: P<'no-valid-row'>, f: Formatters) =>
    `"${p.path}" has no valid machine row: ${noneAccepted(p.dataRows, p.skipped)}.` +
    (p.firstRejected === undefined ? '' : ` First: line ${p.firstRejected.line}: ${rejectReasonEn(p.firstRejected, f)}`),
};
