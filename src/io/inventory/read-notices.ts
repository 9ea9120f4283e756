/** Notices about a read as a whole: things that are not wrong in one row but worth a look. */

import type { Machine, RejectedRow } from '../../core/model';
import type { Issue } from '../../core/result';
import { readIssue } from '../../i18n/read-issue-text';

const DIGITS = /^[0-9]+$/;
const EXAMPLES = 3;

/**
 * Every accepted name is a plain number (1, 2, 3…): the name column is probably a row number or
 * an ID. Not a rejection — a host may really be called 1001 — but worth checking the mapping.
 */
export function numericNamesNotice(machines: readonly Machine[], column: string): Issue | null {
  // `some` stops at the first real name, so an ordinary inventory pays for one regex test.
  if (machines.length === 0 || machines.some((m) => !DIGITS.test(m.name))) return null;
  const shown = machines.slice(0, EXAMPLES).map((m) => m.name);
  const params = { column, examples: shown.join(', '), shown: shown.length, count: machines.length };
  return readIssue({ code: 'numeric-names', params }, { column });
}

/** Every data row was rejected (or skipped): said once above the list, with the first reason. */
export function noValidRowNotice(dataRows: number, first: RejectedRow | undefined, skipped = 0): Issue {
  const params = { dataRows, firstLine: first?.line ?? 0, skipped };
  return first === undefined
    ? readIssue({ code: 'no-valid-row', params })
    : readIssue({ code: 'no-valid-row', params: { ...params, firstRejected: first } }, { line: first.line });
}
