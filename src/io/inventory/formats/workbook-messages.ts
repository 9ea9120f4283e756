/** Issues about workbooks (docs/inputs.md#workbooks): codes with typed figures, English from the catalogue. */

import type { Issue } from '../../../core/result';
import { readIssue } from '../../../i18n/read-issue-text';

/** The sheet that was read, and the others. */
export function workbookSheetNotice(sheet: string, sheets: readonly string[]): Issue {
  return readIssue({ code: 'workbook-sheet', params: { sheet, sheets } });
}

/** The Deployment Planner's incompatible machines, not planned. */
export function incompatibleVmsNotice(count: number): Issue {
  return readIssue({ code: 'incompatible-vms', params: { count } });
}

/** An old binary `.xls`. */
export function xlsIssue(): Issue {
  return readIssue({ code: 'workbook-xls', params: {} });
}

/** A password-protected (encrypted) workbook. */
export function encryptedIssue(): Issue {
  return readIssue({ code: 'workbook-encrypted', params: {} });
}

/** A zip that cannot be read as a workbook (`detail`: the unpacker's words), or one of its sheets (`sheet`). */
export function corruptIssue(detail: string, sheet?: string): Issue {
  return readIssue({ code: 'workbook-corrupt', params: sheet === undefined ? { detail } : { detail, sheet } });
}

/** A workbook that unpacks to more than the limit. */
export function unpackedTooLargeIssue(sizeMB: number, limitMB: number): Issue {
  return readIssue({ code: 'workbook-too-large', params: { sizeMB, limitMB } });
}

/** No sheet has a header with a name column. */
export function noSheetIssue(sheets: readonly string[], limit: number): Issue {
  return readIssue({ code: 'workbook-no-sheet', params: { sheets, limit } });
}

/** `--sheet` (or the page's choice) names no sheet of the workbook. */
export function sheetNotFoundIssue(sheet: string, sheets: readonly string[]): Issue {
  return readIssue({ code: 'workbook-sheet-not-found', params: { sheet, sheets } });
}
