import type { RejectedRow } from '../../core/model';
import type { Entries } from '../families';
import type { Formatters } from '../format';
import { clipValue, grouped } from '../quote';
import type { ChurnFieldName, DelimiterName, IssuePlace, ReadIssue } from '../read-issue';
import { rejectEn } from './reject.en';

/*
 * Reading an inventory, English (docs/inputs.md): what stops a read and what is worth a note. These
 * are also the sentences the command line prints and the documents publish, byte for byte as the
 * readers wrote them before they came here; figures are written as they always were (grouped
 * digits where a row count is large, sizes in MB as the reader rounded them).
 */

type P<C extends ReadIssue['code']> = IssuePlace & Extract<ReadIssue, { code: C }>['params'];

const CHAR: Record<DelimiterName, string> = { comma: ',', semicolon: ';', tab: '\\t', pipe: '|' };
const UNIT: Record<ChurnFieldName, string> = { dailyChurnGB: 'GB/day', dailyChurnTB: 'TB/day', avgChurnMBps: 'MB/s' };

/** The header as a sentence lists it: quoted, cut short, "… and 12 more" past the names given. */
function headerList(p: P<'no-name-column'>): string {
  if (p.headerCount === 0) return '(none)';
  const shown = p.headers.map((h) => `'${clipValue(h)}'`).join(', ');
  return p.headerCount > p.headers.length ? `${shown}, … and ${grouped(p.headerCount - p.headers.length)} more` : shown;
}

/**
 * A header read as a single column usually means the wrong delimiter: say which one was used and
 * which one the header seems to use. When another delimiter is in sight, the list of header
 * spellings is left out: it is not the fix.
 */
function delimiterHint(p: P<'no-name-column'>): string {
  if (p.delimiter === undefined) return '';
  const lead = `The header was read as one column split on '${CHAR[p.delimiter]}' (${p.delimiter}), `;
  if (p.suggested === 'pipe')
    return `${lead}and it contains '|': files delimited with '|' (pipe) are not supported. Save the inventory as CSV with commas, semicolons or tabs. `;
  if (p.suggested)
    return `${lead}but it contains '${CHAR[p.suggested]}': the file is probably ${p.suggested}-delimited. Read it as ${p.suggested}-delimited (on the command line: --delimiter ${p.suggested}, or leave --delimiter out to detect it). `;
  return `${lead}so if the file uses another delimiter, save it as CSV with commas, semicolons or tabs. `;
}

/** A missing column: the headers found, the delimiter hint, and (without a better hint) the spellings recognised. */
function noColumn(what: string, p: P<'no-name-column'>): string {
  const spellings = p.suggested
    ? ''
    : `A ${what} column is recognised by any of: ${p.aliases.join(', ')}. Rename the header or map the column yourself.`;
  return `No column holds the ${what === 'name' ? 'machine name' : 'daily churn'}. Headers found: ${headerList(p)}. ${delimiterHint(p)}${spellings}`.trimEnd();
}

/** "all 4 data rows were rejected", or with skipped rows "of its 4 data rows, 3 were rejected and 1 skipped". */
export function noneAccepted(dataRows: number, skipped: number): string {
  if (skipped === 0) return dataRows === 1 ? 'its one data row was rejected' : `all ${dataRows} data rows were rejected`;
  return `of its ${dataRows} data ${dataRows === 1 ? 'row' : 'rows'}, ${dataRows - skipped} were rejected and ${skipped} skipped`;
}

/** Why a row was rejected, in English: its `reject.<code>` entry (reject-text.ts says it through a translator). */
export function rejectReasonEn(r: RejectedRow, f: Formatters): string {
  const entry = rejectEn[`reject.${r.code}`] as (p: object, f: Formatters) => string;
  return entry({ ...r.params, line: r.line, column: r.column, value: r.value }, f);
}

/** Reading issues, English. */
export const readIssueEn: Entries<'issue', ReadIssue, IssuePlace> = {
  'issue.empty': () => 'The file is empty (or has only blank lines). Export the inventory with a header row and one row per machine.',
  'issue.not-csv': (p: P<'not-csv'>) =>
    `This does not look like CSV text: ${p.percent} % of the first characters are control or undecodable characters. ` +
    'Export the inventory as CSV (UTF-8); Excel workbooks must be saved as CSV first.',
  'issue.xlsx': () => 'This looks like an Excel workbook, not a CSV file; open it in Excel and save it as CSV (UTF-8) (*.csv).',
  'issue.binary': (p: P<'binary'>) =>
    p.reason === 'utf16-no-bom'
      ? "This looks like UTF-16 text without a byte-order mark, which can't be read reliably. " +
        'Save it as "CSV UTF-8" (in Excel: Save As → CSV UTF-8 (Comma delimited) (*.csv)) and load that file.'
      : `This is not a text file (${p.percent === undefined ? 'it contains NUL bytes' : `${p.percent} % of its first characters are control or undecodable characters`}). ` +
        'Export the inventory as CSV (UTF-8); if it is UTF-16 text without a byte-order mark, save it as UTF-8.',
  'issue.no-name-column': (p: P<'no-name-column'>) => noColumn('name', p),
  'issue.no-churn-column': (p: P<'no-churn-column'>) => noColumn('churn', p),
  'issue.no-data-rows': (p: P<'no-data-rows'>) =>
    `The file has a header but no machine rows: after the header on line ${p.headerLine} there are only blank lines. ` +
    'Add one row per machine under the header (its name and daily churn), or check that this is the right file.',
  'issue.no-valid-row': (p: P<'no-valid-row'>, f: Formatters) =>
    `The file has no valid machine row: ${noneAccepted(p.dataRows, p.skipped)}.` +
    (p.firstRejected === undefined ? '' : ` The first, on line ${p.firstRejected.line}: ${rejectReasonEn(p.firstRejected, f)}`) +
    ' Fix the rows listed under rejected rows, or map the columns yourself if they were detected wrongly.',
  'issue.numeric-names': (p: P<'numeric-names'>) =>
    `Every machine name in column '${p.column}' is a number (${p.examples}${p.count > p.shown ? ', …' : ''}). ` +
    'If that column holds row numbers or IDs rather than host names, map the name column yourself; the rows were kept, since a host may be called 1001.',
  'issue.file-too-large': (p: P<'file-too-large'>) =>
    ('sizeBytes' in p
      ? `The file is ${p.sizeMB} MB (${grouped(p.sizeBytes)} bytes), more than the ${p.limitMB} MB the planner reads, so it was not opened. `
      : `The input is more than the ${p.limitMB} MB the planner reads, so reading stopped there and nothing was planned. `) +
    `Split the inventory by site (one file per site, each under ${p.limitMB} MB) and plan each file.`,
  'issue.too-many-rows': (p: P<'too-many-rows'>) =>
    `The file has more than ${grouped(p.limit)} machine rows, the most the planner reads; reading stopped at line ${grouped(p.line)}. ` +
    'Split the inventory by site (one file per site) and plan each file.',
  'issue.bad-mapping': (p: P<'bad-mapping'>) =>
    `'${p.field}' is mapped to column ${p.index}, but the header has only ${p.columns} columns. Choose one of the columns found.`,
  'issue.bad-options': (p: P<'bad-options'>) =>
    `Reading option '${p.option}' is invalid: ${p.detail}. Fields: ${p.fields.join(', ')}; delimiters ',' ';' tab; decimal marks '.' ','.`,
  'issue.duplicate-header': (p: P<'duplicate-header'>) =>
    `Columns ${p.first} ('${clipValue(p.firstHeader)}') and ${p.later} ('${clipValue(p.laterHeader)}') are both '${p.field}'; ` +
    `using column ${p.first}. Map the column yourself if the other one is right.`,
  'issue.several-churn-columns': (p: P<'several-churn-columns'>) => {
    const found = p.found.map((c) => `'${c.header}' (${UNIT[c.field]})`);
    return (
      `Found several churn columns: ${found.join(', ')}; using ${found[0] ?? ''}. ` +
      'GB/day is preferred, then TB/day, then MB/s; map another churn column to use it instead.'
    );
  },
  'issue.mapping-reassigned': (p: P<'mapping-reassigned'>) =>
    `Column ${p.index} ('${p.header}') was detected as '${p.previous}' but is mapped to '${p.field}'; '${p.previous}' is now unmapped.`,
  'issue.ragged-rows': (p: P<'ragged-rows'>) =>
    `${p.count} row(s) have a different number of cells than the header (the first on line ${p.firstLine}). ` +
    'Missing cells were read as empty and surplus cells ignored; check the delimiter and quoting if that is unexpected.',
  'issue.unclosed-quote': (p: P<'unclosed-quote'>) =>
    `The header on line ${p.line} opens a quoted field that is never closed, so the rest of the file was read as one column name. ` +
    'Close the quote (and double any quote inside it), then load the file again.',
  'issue.malformed-quote': (p: P<'malformed-quote'>) =>
    `The record starting on line ${p.line} has a quote in the middle of a quoted field; it was read as written. Quotes inside a quoted field must be doubled ("").`,
  'issue.encoding-utf16': (p: P<'encoding-utf16'>) =>
    `The file is UTF-16 (${p.encoding === 'utf-16le' ? 'little' : 'big'}-endian); it was read correctly, but UTF-8 is the safer format to share.`,
  'issue.encoding-fallback': (p: P<'encoding-fallback'>) =>
    `The file is not valid UTF-8; it was read as ${p.encoding === 'euc-kr' ? 'Korean (CP949/EUC-KR)' : 'Windows-1252 (Western European)'}. ` +
    'Check names with accents or Hangul, and save as CSV UTF-8 to be sure.',
  'issue.encoding-invalid-utf8': () =>
    'The file is marked as UTF-8 but contains invalid bytes; they were replaced by \uFFFD. Check the names around them and re-export the file.',
  'issue.read-cancelled': () => 'Reading was cancelled.',
  'issue.unknown-column': (p: P<'unknown-column'>) =>
    `no column "${p.name}" for ${p.field}; the columns are: ${p.headers.map((h) => `"${h}"`).join(', ')}`,
};
