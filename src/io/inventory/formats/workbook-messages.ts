/** Issues about workbooks (docs/inputs.md#workbooks): codes with typed figures, English from the catalogue. */

import type { Issue } from '../../../core/result';
import { translator } from '../../../i18n/catalogue';
import { quotedList } from '../../limits';

const en = translator('en');

/** Sheet names as a message lists them. */
const sheetList = (sheets: readonly string[]) => quotedList(sheets);

/** The sheet that was read, and the others. */
export function workbookSheetNotice(sheet: string, sheets: readonly string[]): Issue {
  const p = { sheet, sheets: sheetList(sheets) };
  return { code: 'workbook-sheet', message: en('issue.workbook-sheet', p), params: p };
}

/** The Deployment Planner's incompatible machines, not planned. */
export function incompatibleVmsNotice(count: number): Issue {
  return { code: 'incompatible-vms', message: en('issue.incompatible-vms', { count }), params: { count } };
}

/** An old binary `.xls`. */
export function xlsIssue(): Issue {
  return { code: 'workbook-xls', message: en('issue.workbook-xls'), params: {} };
}

/** A password-protected (encrypted) workbook. */
export function encryptedIssue(): Issue {
  return { code: 'workbook-encrypted', message: en('issue.workbook-encrypted'), params: {} };
}

/** A zip that cannot be read as a workbook. */
export function corruptIssue(detail: string): Issue {
  return { code: 'workbook-corrupt', message: en('issue.workbook-corrupt', { detail }), params: { detail } };
}

/** A workbook that unpacks to more than the limit. */
export function unpackedTooLargeIssue(sizeMB: number, limitMB: number): Issue {
  const p = { sizeMB, limitMB };
  return { code: 'workbook-too-large', message: en('issue.workbook-too-large', p), params: p };
}

/** No sheet has a header with a name column. */
export function noSheetIssue(sheets: readonly string[], limit: number): Issue {
  const p = { sheets: sheetList(sheets), limit };
  return { code: 'workbook-no-sheet', message: en('issue.workbook-no-sheet', p), params: p };
}

/** `--sheet` (or the page's choice) names no sheet of the workbook. */
export function sheetNotFoundIssue(sheet: string, sheets: readonly string[]): Issue {
  const p = { sheet, sheets: sheetList(sheets) };
  return { code: 'workbook-sheet-not-found', message: en('issue.workbook-sheet-not-found', p), params: p };
}
