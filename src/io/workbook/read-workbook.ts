/**
 * Reading a workbook (`.xlsx`, `.xlsm`) as an inventory (docs/inputs.md#workbooks): loaded only
 * when a workbook is opened (a dynamic import), in the page's worker and in the CLI alike.
 * Macros are never run: only the sheets' XML is read.
 */

import { readSheet } from 'read-excel-file/universal';
import { fail, type Result } from '../../core/result';
import { looksLikeHeaderRow } from '../inventory';
import { normalizeHeader } from '../inventory';
import type { WorkbookContext } from '../inventory';
import { HEADER_SEARCH_ROWS } from '../inventory';
import { isDiskName } from '../inventory';
import { corruptIssue, encryptedIssue, noSheetIssue, sheetNotFoundIssue, xlsIssue } from '../inventory';
import { isEncryptedOffice, workbookKind } from './signature';
import { cellText, sheetRecords, type Cell, type SheetRecords } from './sheet-rows';
import { sheetNames } from './sheet-names';
import { openWorkbook, storedZip } from './unpack';
import { plainSheetRows } from './plain-sheet';

/** A workbook read: the chosen sheet as the reader's text (and its lines' cells), and what the workbook says beside it. */
export interface WorkbookText extends SheetRecords {
  context: WorkbookContext;
}

type Rows = Cell[][];

/** The sheets picked by name before any other (docs/inputs.md#workbooks). */
const PREFERRED_SHEETS = ['Compatible VMs', 'vInfo'];
const SUMMARY_SHEET = 'On-premises summary';
const INCOMPATIBLE_SHEET = 'Incompatible VMs';
const ESTATE_CHURN_LABEL = normalizeHeader('Observed typical data churn per day (GB)');

/** Reads the workbook in `bytes`; `sheet` picks a sheet by name (else the rule above). */
export async function readWorkbook(bytes: Uint8Array, sheet?: string): Promise<Result<WorkbookText>> {
  const kind = workbookKind(bytes);
  if (kind === 'ole2') return fail(isEncryptedOffice(bytes) ? encryptedIssue() : xlsIssue());
  const parts = await openWorkbook(bytes);
  if (!parts.ok) return parts;
  const sheets = sheetNames(parts.value['xl/workbook.xml']!);
  if (sheets.length === 0) return fail(corruptIssue('it lists no sheet'));
  // read-excel-file gets the parts again as a zip only for a sheet that is not plain.
  let zip: ArrayBuffer | undefined;
  const read = async (name: string): Promise<Result<Rows>> => {
    const plain = plainSheetRows(parts.value, name);
    return plain ? { ok: true, value: plain } : readRows((zip ??= storedZip(parts.value)), name);
  };
  const chosen = await chooseSheet(sheets, sheet, read);
  if (!chosen.ok) return chosen;
  const context: WorkbookContext = { sheet: chosen.value.name, sheets };
  if (sheets.includes(SUMMARY_SHEET)) {
    const summary = await read(SUMMARY_SHEET);
    const total = summary.ok ? estateChurn(summary.value) : undefined;
    if (total !== undefined) context.estateChurnGBPerDay = total;
  }
  if (sheets.includes(INCOMPATIBLE_SHEET) && chosen.value.name !== INCOMPATIBLE_SHEET) {
    const incompatible = await read(INCOMPATIBLE_SHEET);
    if (incompatible.ok) context.incompatibleMachines = machineRows(incompatible.value);
  }
  return { ok: true, value: { ...sheetRecords(chosen.value.rows), context } };
}

async function chooseSheet(
  sheets: readonly string[],
  asked: string | undefined,
  read: (name: string) => Promise<Result<Rows>>,
): Promise<Result<{ name: string; rows: Rows }>> {
  if (asked !== undefined) {
    if (!sheets.includes(asked)) return fail(sheetNotFoundIssue(asked, sheets));
    const rows = await read(asked);
    return rows.ok ? { ok: true, value: { name: asked, rows: rows.value } } : rows;
  }
  const preferred = PREFERRED_SHEETS.find((s) => sheets.includes(s));
  if (preferred !== undefined) {
    const rows = await read(preferred);
    return rows.ok ? { ok: true, value: { name: preferred, rows: rows.value } } : rows;
  }
  for (const name of sheets) {
    const rows = await read(name);
    if (!rows.ok) return rows;
    if (headerIndex(rows.value) >= 0) return { ok: true, value: { name, rows: rows.value } };
  }
  return fail(noSheetIssue(sheets, HEADER_SEARCH_ROWS));
}

async function readRows(zip: ArrayBuffer, name: string): Promise<Result<Rows>> {
  try {
    return { ok: true, value: (await readSheet(zip, name)) as Rows };
  } catch (e) {
    return fail(corruptIssue(e instanceof Error ? e.message : String(e), name));
  }
}

const nonBlank = (row: readonly Cell[]) => row.some((c) => cellText(c).trim() !== '');
const asText = (row: readonly Cell[]) => row.map(cellText);

/** Index of the header row among the first 20 non-blank rows, or -1. */
function headerIndex(rows: Rows): number {
  let seen = 0;
  for (let i = 0; i < rows.length && seen < HEADER_SEARCH_ROWS; i++) {
    if (!nonBlank(rows[i]!)) continue;
    seen++;
    if (looksLikeHeaderRow(asText(rows[i]!))) return i;
  }
  return -1;
}

/**
 * The Deployment Planner's `Observed typical data churn per day (GB)`: the first number right of
 * its label, else under it (docs/inputs.md#churn-sources).
 */
function estateChurn(rows: Rows): number | undefined {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const c = row.findIndex((cell) => normalizeHeader(cellText(cell)) === ESTATE_CHURN_LABEL);
    if (c < 0) continue;
    const right = row.slice(c + 1).find((cell) => typeof cell === 'number');
    const below = rows[r + 1]?.[c];
    const value = typeof right === 'number' ? right : typeof below === 'number' ? below : undefined;
    return value !== undefined && Number.isFinite(value) && value >= 0 ? value : undefined;
  }
  return undefined;
}

/** Machines listed under the header of an `Incompatible VMs` sheet (its disk rows not counted). */
function machineRows(rows: Rows): number {
  const h = headerIndex(rows);
  if (h < 0) return 0;
  const header = asText(rows[h]!).map((c) => normalizeHeader(c));
  const nameCol = header.findIndex((c) => c === 'vmname' || c === 'vm' || c === 'name');
  let n = 0;
  for (const row of rows.slice(h + 1)) {
    const name = cellText(row[Math.max(0, nameCol)]).trim();
    if (name !== '' && !isDiskName(name)) n++;
  }
  return n;
}
