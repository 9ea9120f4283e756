/*
 * Why a running deployment can't be read or rebalanced, and the notes on reading its server file,
 * English: one entry per code of the union (i18n/running-issue.ts). Figures stay as the command
 * line has always printed them (raw counts), so its text does not change.
 */
import type { Formatters } from '../format';
import type { Entries } from '../families';
import { clipValue, quotedList } from '../quote';
import type { RunningIssue } from '../running-issue';
import { serverRejectEn } from './server-reject.en';

type P<C extends RunningIssue['code']> = Extract<RunningIssue, { code: C }>['params'];

// The first rejected row's reason, by the same entry that says it in the rejected rows' list.
function firstReason(r: NonNullable<P<'no-valid-server-row'>['firstRejected']>, f: Formatters): string {
  const render = serverRejectEn as unknown as Record<string, (p: object, f: Formatters) => string>;
  return render[`running.reject.${r.code}`]!({ ...r.params, line: r.line, column: r.column, value: r.value }, f);
}

/** The running view's issues, English. */
export const runningIssueEn: Entries<'running.issue', RunningIssue> = {
  'running.issue.no-process-server': (p: P<'no-process-server'>) =>
    `The inventory ${p.hasColumn ? 'names no process server in its processServer column' : 'has no processServer column'} and no server file was given, so nothing says which process servers run today. Add a processServer column (or "process server") or give the server file.`,
  'running.issue.no-valid-server-row': (p: P<'no-valid-server-row'>, f: Formatters) => {
    const file = p.file === null ? 'The server file' : `"${p.file}"`;
    return p.firstRejected
      ? `${file} has no valid server row: ${p.rows === 1 ? 'its one data row was' : `all ${p.rows} data rows were`} rejected. First: line ${p.firstRejected.line}: ${firstReason(p.firstRejected, f)}`
      : `${file} has a header but no server rows.`;
  },
  'running.issue.no-inventory': () => 'No inventory is loaded.',
  'running.issue.not-csv': (p: P<'not-csv'>) =>
    `This does not look like CSV text: ${p.percent} % of the first characters are control or undecodable characters. Export the server list as CSV (UTF-8).`,
  'running.issue.empty': () => 'The server file is empty (or has only blank lines). Give a header row and one row per process server.',
  'running.issue.no-name-column': (p: P<'no-name-column'>) =>
    `No column of the server file holds the server name. Headers found: ${quotedList(p.headers)}. A name column is recognised by any of: ${p.aliases.join(', ')}.`,
  'running.issue.ragged-rows': (p: P<'ragged-rows'>) =>
    `Row(s) of the server file have fewer cells than the header, or blank cells beyond it (the first on line ${p.line}). Missing cells were read as empty and blank surplus cells ignored.`,
  'running.issue.duplicate-header': (p: P<'duplicate-header'>) =>
    `Columns ${p.first} ('${clipValue(p.firstHeader)}') and ${p.later} ('${clipValue(p.column)}') are both '${p.field}'; using column ${p.first}.`,
};
