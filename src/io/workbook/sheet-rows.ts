/** A sheet's cells as the inventory reader's text (docs/inputs.md#workbooks). */

/** A cell as read-excel-file gives it: its value (a formula's cached result), never the formula. */
export type Cell = string | number | boolean | Date | null | undefined | object;

const NEEDS_QUOTES = /[",\r\n]/;
const LINE_BREAKS = /\r\n|\r|\n/g;
const SEP_LINE = /^sep=.?$/i;

/** A cell as text: numbers as JavaScript writes them (`.` decimal mark, no grouping), booleans TRUE/FALSE, dates ISO. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell);
}

/** A sheet as the reader's text, and the records a CSV reader would split that text into. */
export interface SheetRecords {
  /** The rows as comma-separated text, one line per sheet row from row 1. */
  text: string;
  /** Line N of the text as its cells (a blank line as one empty cell, as papaparse gives it). */
  records: string[][];
}

// A cell as its line writes it: quoted when it holds a quote or a comma.
const quoted = (cell: string) => (cell.includes('"') || cell.includes(',') ? `"${cell.replaceAll('"', '""')}"` : cell);

/**
 * The rows as comma-separated text, one line per sheet row from row 1, so line N of the text is
 * row N of the sheet and every message's row number is the sheet's; and each line's cells, so the
 * reader need not split the text it was just written as. A line break inside a cell would move
 * every later row off its sheet row number: it reads as a space. Excel's `sep=` hint row is data
 * of no kind: it becomes a blank line.
 */
export function sheetRecords(rows: readonly (readonly Cell[])[]): SheetRecords {
  const lines = new Array<string>(rows.length);
  const records = new Array<string[]>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const cells = new Array<string>(row.length);
    // Every row keeps the sheet's width (read-excel-file pads them), so an empty last column is
    // not a short row; a row with nothing in it, or only Excel's `sep=` hint, is a blank line.
    let filled = 0;
    let quote = false;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const raw = typeof cell === 'number' ? String(cell) : cellText(cell);
      if (raw !== '') filled++;
      // Most cells need neither quotes nor a line break replaced: no replace for a million of them,
      // nor a test for a number, which has neither.
      const special = typeof cell !== 'number' && NEEDS_QUOTES.test(raw);
      cells[c] = special ? raw.replace(LINE_BREAKS, ' ') : raw;
      quote ||= special;
    }
    const blank = filled === 0 || (filled === 1 && SEP_LINE.test(cellText(row[0]).trim()));
    records[i] = blank ? [''] : cells;
    lines[i] = blank ? '' : quote ? cells.map(quoted).join(',') : cells.join(',');
  }
  return { text: `${lines.join('\n')}\n`, records };
}

/** The rows as the reader's text (see `sheetRecords`). */
export function rowsAsText(rows: readonly (readonly Cell[])[]): string {
  return sheetRecords(rows).text;
}
