/**
 * An inventory file's bytes → the reader's text: CSV decoded, or a workbook's sheet (the workbook
 * reader is imported only then, so neither the page's first load nor a CSV read pays for it).
 */

import type { Issue, Result } from '../core/result';
import { decodeInventoryBytes, readInventory, readInventoryRecords, type InventoryRead, type ReadOptions } from './inventory';
import type { WorkbookContext } from './inventory';
import { workbookKind } from './workbook';

/** The text to read, the notices of getting it, and the workbook it came from, if one. */
export interface InventorySource {
  text: string;
  notices: Issue[];
  workbook?: WorkbookContext;
  /** A workbook's text as the cells it was written from, line by line: read as they are, not split again. */
  records?: string[][];
}

/** Decodes a CSV or reads a workbook's sheet (`sheet`, else the one the rules pick: docs/inputs.md#workbooks). */
export async function inventorySource(bytes: Uint8Array, sheet?: string): Promise<Result<InventorySource>> {
  if (workbookKind(bytes) === null) return decodeInventoryBytes(bytes);
  const { readWorkbook } = await import('./workbook/read-workbook');
  const book = await readWorkbook(bytes, sheet);
  if (!book.ok) return book;
  const { text, records, context } = book.value;
  return { ok: true, value: { text, records, notices: [], workbook: context } };
}

/** Reads a source's inventory: a workbook's records as they are, any other text by splitting it. */
export function readInventorySource(source: InventorySource, options: ReadOptions = {}): Result<InventoryRead> {
  return source.records ? readInventoryRecords(source.text, source.records, options) : readInventory(source.text, options);
}

/** Read options for text taken from a workbook: comma-separated, `.` decimal mark, its context. */
export function workbookReadOptions(workbook: WorkbookContext | undefined): {
  delimiter?: ',';
  decimalMark?: '.';
  workbook?: WorkbookContext;
} {
  return workbook ? { delimiter: ',', decimalMark: '.', workbook } : {};
}
