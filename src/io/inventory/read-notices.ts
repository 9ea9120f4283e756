/** Notices about a read as a whole: things that are not wrong in one row but worth a look. */

import { rejectTextEn } from '../documents';
import type { Machine, RejectedRow } from '../../core/model';
import type { Issue } from '../../core/result';

const DIGITS = /^[0-9]+$/;
const EXAMPLES = 3;

/**
 * Every accepted name is a plain number (1, 2, 3…): the name column is probably a row number or
 * an ID. Not a rejection — a host may really be called 1001 — but worth checking the mapping.
 */
export function numericNamesNotice(machines: readonly Machine[], column: string): Issue | null {
  // `some` stops at the first real name, so an ordinary inventory pays for one regex test.
  if (machines.length === 0 || machines.some((m) => !DIGITS.test(m.name))) return null;
  const examples = machines
    .slice(0, EXAMPLES)
    .map((m) => m.name)
    .join(', ');
  return {
    code: 'numeric-names',
    message:
      `Every machine name in column '${column}' is a number (${examples}${machines.length > EXAMPLES ? ', …' : ''}). ` +
      'If that column holds row numbers or IDs rather than host names, map the name column yourself; the rows were kept, since a host may be called 1001.',
    column,
    params: { column, examples, count: machines.length },
  };
}

/** Every data row was rejected (or skipped): said once above the list, with the first reason. */
export function noValidRowNotice(dataRows: number, first: RejectedRow | undefined, skipped = 0): Issue {
  const why = first === undefined ? '' : ` The first, on line ${first.line}: ${rejectTextEn(first)}`;
  return {
    code: 'no-valid-row',
    message:
      `The file has no valid machine row: ${noneAccepted(dataRows, skipped)}.${why} ` +
      'Fix the rows listed under rejected rows, or map the columns yourself if they were detected wrongly.',
    line: first?.line,
    params: { dataRows, firstLine: first?.line ?? 0, skipped },
  };
}

/** "all 4 data rows were rejected", or with skipped rows "of its 4 data rows, 3 were rejected and 1 skipped". */
export function noneAccepted(dataRows: number, skipped: number): string {
  return skipped === 0
    ? `all ${dataRows} data rows were rejected`
    : `of its ${dataRows} data rows, ${dataRows - skipped} were rejected and ${skipped} skipped`;
}
