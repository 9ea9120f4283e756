/**
 * An inventory file's bytes → the reader's text: CSV decoded, or a workbook's sheet (the workbook
 * reader is imported only then, so neither the page's first load nor a CSV read pays for it).
 */

import type { Issue, Result } from '../core/result';
import { decodeInventoryBytes } from './inventory';
import type { WorkbookContext } from './inventory';
import { workbookKind } from './workbook';

/** The text to read, the notices of getting it, and the workbook it came from, if one. */
export interface InventorySource {
  text: string;
  notices: Issue[];
  workbook?: WorkbookContext;
}

/** Decodes a CSV or reads a workbook's sheet (`sheet`, else the one the rules pick: docs/inputs.md#workbooks). */
export async function inventorySource(bytes: Uint8Array, sheet?: string): Promise<Result<InventorySource>> {
  if (workbookKind(bytes) === null) return decodeInventoryBytes(bytes);
  const { readWorkbook } = await import('./workbook/read-workbook');
  const book = await readWorkbook(bytes, sheet);
  if (!book.ok) return book;
  return { ok: true, value: { text: book.value.text, notices: [], workbook: book.value.context } };
}

/** Read options for text taken from a workbook: comma-separated, `.` decimal mark, its context. */
export function workbookReadOptions(workbook: WorkbookContext | undefined): {
  delimiter?: ',';
  decimalMark?: '.';
  workbook?: WorkbookContext;
} {
  return workbook ? { delimiter: ',', decimalMark: '.', workbook } : {};
}
