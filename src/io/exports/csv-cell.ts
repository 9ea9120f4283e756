/**
 * CSV writing for every export. Files follow RFC 4180 and are shaped for Excel, where most of
 * them will be opened: a UTF-8 byte-order mark (without it Excel reads UTF-8 as the ANSI code page
 * and Korean host names turn to mojibake) and CRLF line ends.
 *
 * Cells come from an inventory someone else wrote, so a text cell that a spreadsheet would run as
 * a formula (`=HYPERLINK(…)`, `+1`, `@SUM(…)`) is prefixed with `'` and shows as text (OWASP "CSV
 * injection"). Spreadsheets trim leading blanks and read full-width `＝＋－＠` (Korean and Japanese
 * input methods type them) as their ASCII forms, so the test is on the trimmed, NFKC-folded start.
 * Number values are written as numbers: `-3.5` from a number stays `-3.5`.
 *
 * Every cell holding `,` or `;` is quoted: Excel in many European locales splits on `;`, so a
 * file opened there keeps its columns too.
 */

/** Byte-order mark that starts every exported CSV file. */
export const CSV_BOM = '\uFEFF';

/** Line end of exported CSV files. */
export const CSV_EOL = '\r\n';

/** MIME type of exported CSV files. */
export const CSV_MIME = 'text/csv;charset=utf-8';

// First characters that make Excel, LibreOffice or Sheets read a cell as a formula (after any
// leading blanks, full-width forms folded); a leading tab or CR is itself a known trigger.
const FORMULA_START = /^[=+\-@]/;
const CONTROL_START = /^[\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/** One CSV cell: text neutralised against formulas and quoted when needed; numbers as they are. */
export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? numberText(value) : isFormula(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** True when a spreadsheet could run the text as a formula: `=1`, ` =1`, `＝1`, `\t…`. */
export function isFormula(value: string): boolean {
  if (CONTROL_START.test(value)) return true;
  const first = value.trimStart().codePointAt(0);
  return first !== undefined && FORMULA_START.test(String.fromCodePoint(first).normalize('NFKC'));
}

/** One CSV line (without its line end). */
export function csvRow(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole CSV file from its lines: BOM first, every line (the last too) ended by CRLF. */
export function csvFile(lines: readonly string[]): string {
  return CSV_BOM + lines.join(CSV_EOL) + CSV_EOL;
}

// A non-finite number is no value a spreadsheet can hold; an empty cell says "unknown".
function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : '';
}
