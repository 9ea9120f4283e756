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

function csvCell(cell: Cell): string {
  const raw = cellText(cell);
  // Most cells need neither quotes nor a line break replaced: no replace for a million of them.
  if (!NEEDS_QUOTES.test(raw)) return raw;
  // A line break inside a cell would move every later row off its sheet row number: it reads as a space.
  const text = raw.replace(LINE_BREAKS, ' ');
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The rows as comma-separated text, one line per sheet row from row 1, so line N of the text is
 * row N of the sheet and every message's row number is the sheet's. Excel's `sep=` hint row is
 * data of no kind: it becomes a blank line.
 */
export function rowsAsText(rows: readonly (readonly Cell[])[]): string {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // Every row keeps the sheet's width (read-excel-file pads them), so an empty last column is
    // not a short row; a row with nothing in it, or only Excel's `sep=` hint, is a blank line.
    let filled = 0;
    for (const c of row) if (cellText(c) !== '') filled++;
    const end = filled === 0 || (filled === 1 && SEP_LINE.test(cellText(row[0]).trim())) ? 0 : row.length;
    let line = '';
    for (let c = 0; c < end; c++) line += (c === 0 ? '' : ',') + csvCell(row[c]);
    lines[i] = line;
  }
  return `${lines.join('\n')}\n`;
}
