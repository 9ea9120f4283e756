import { DOCUMENT_VERSION } from '../app-version';

/** A cell: text is always a string cell (a name like `=HYPERLINK(…)` stays text, never a formula). */
export type WorkbookCell = { type: 'text'; value: string } | { type: 'number'; value: number };

/** One sheet: its name and rows, the first row the header (units in the headers). */
export interface WorkbookSheet {
  name: string;
  rows: WorkbookCell[][];
}

/** A text cell. */
export const t = (value: string): WorkbookCell => ({ type: 'text', value });

/** A number cell. */
export const n = (value: number): WorkbookCell => ({ type: 'number', value });

/** A figure that may be unknown: a number cell, or an empty cell for null (never 0). */
export const maybe = (value: number | null | undefined): WorkbookCell => (value === null || value === undefined ? t('') : n(value));

/** A header row: names with their units, as text. */
export const header = (...names: string[]): WorkbookCell[] => names.map(t);

/** yes or no, as text. */
export const yesNo = (b: boolean): WorkbookCell => t(b ? 'yes' : 'no');

/** A two-column Summary sheet (Field, Value), opening with the document's identity. */
export function summarySheet(
  identity: { documentId: string; date: string; inventoryName: string; serversName?: string | null },
  fields: readonly (readonly [string, WorkbookCell])[],
): WorkbookSheet {
  const head: [string, WorkbookCell][] = [
    ['Document id', t(identity.documentId)],
    ['Document format version', n(DOCUMENT_VERSION.format)],
    ['Planner version', t(DOCUMENT_VERSION.app)],
    ['Date', t(identity.date)],
    ['Inventory', t(identity.inventoryName)],
    ...(identity.serversName === undefined ? [] : ([['Server file', t(identity.serversName ?? '')]] as [string, WorkbookCell][])),
  ];
  return { name: 'Summary', rows: [header('Field', 'Value'), ...[...head, ...fields].map(([k, v]) => [t(k), v])] };
}

/** Rows the readers rejected (inventory and server file) or skipped, one sheet, with the file each came from. */
export function rowFatesSheet(rows: {
  inventory: readonly { line: number; code: string; column: string; value: string; message: string }[];
  servers?: readonly { line: number; code: string; column: string; value: string; message: string }[];
  skipped: readonly { line: number; reason: string }[];
}): WorkbookSheet {
  const rejected = (file: string) => (r: { line: number; code: string; column: string; value: string; message: string }) => [
    t(file),
    n(r.line),
    t('rejected'),
    t(r.code),
    t(r.column),
    t(r.value),
    t(r.message),
  ];
  return {
    name: 'Rejected and skipped rows',
    rows: [
      header('File', 'Line', 'Fate', 'Reason code', 'Column', 'Value', 'Reason'),
      ...rows.inventory.map(rejected('inventory')),
      ...(rows.servers ?? []).map(rejected('server file')),
      ...rows.skipped.map((r) => [t('inventory'), n(r.line), t('skipped'), t(r.reason), t(''), t(''), t('')]),
    ],
  };
}
