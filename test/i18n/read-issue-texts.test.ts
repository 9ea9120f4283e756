import { describe, expect, it } from 'vitest';
import { failureText } from '../../src/cli/cli-failure';
import type { RejectedRow } from '../../src/core/model';
import { translator } from '../../src/i18n/catalogue';
import type { CliFile } from '../../src/i18n/cli-file';
import type { InventoryIssue } from '../../src/i18n/read-issue';
import { issueText, readIssue } from '../../src/i18n/read-issue-text';

/*
 * Every reading issue on its one route (issue 12): built from a code and figures, said by the
 * catalogue in English and Korean. The English is the sentence each reader wrote before it came to
 * the catalogue, word for word; both languages state the figures, formatted.
 */

const en = translator('en');
const ko = translator('ko');

type Case<C extends InventoryIssue['code']> = {
  params: Extract<InventoryIssue, { code: C }>['params'];
  /** The English sentence, or a part of it that holds its figures. */
  en: string;
  /** What the Korean sentence must state. */
  ko: string[];
};

const row: RejectedRow = { line: 2, column: 'dailyChurnGB', value: '-5', code: 'churn-negative', params: { name: 'db-01' } };

// One case per code: the typecheck fails when the union gains a code this table lacks.
const CASES: { [C in InventoryIssue['code']]: Case<C> } = {
  empty: {
    params: {},
    en: 'The file is empty (or has only blank lines). Export the inventory with a header row and one row per machine.',
    ko: ['파일이 비어 있습니다'],
  },
  'not-csv': {
    params: { percent: 37 },
    en: 'This does not look like CSV text: 37 % of the first characters are control or undecodable characters. Export the inventory as CSV (UTF-8); Excel workbooks must be saved as CSV first.',
    ko: ['37%'],
  },
  xlsx: {
    params: {},
    en: 'This looks like an Excel workbook, not a CSV file; open it in Excel and save it as CSV (UTF-8) (*.csv).',
    ko: ['CSV UTF-8'],
  },
  binary: {
    params: { reason: 'binary', percent: 12 },
    en: 'This is not a text file (12 % of its first characters are control or undecodable characters). Export the inventory as CSV (UTF-8); if it is UTF-16 text without a byte-order mark, save it as UTF-8.',
    ko: ['이진 파일'],
  },
  'no-name-column': {
    params: { headers: ['a;b;c'], headerCount: 1, aliases: ['name'], delimiter: 'comma', suggested: 'semicolon' },
    en:
      "No column holds the machine name. Headers found: 'a;b;c'. The header was read as one column split on ',' (comma), but it contains ';': " +
      'the file is probably semicolon-delimited. Read it as semicolon-delimited (on the command line: --delimiter semicolon, or leave --delimiter out to detect it).',
    ko: ['a;b;c', '세미콜론(;)', '--delimiter semicolon'],
  },
  'no-churn-column': {
    params: { headers: ['name', 'x'], headerCount: 1200, aliases: ['churn', 'dailyChurnGB'] },
    en: "No column holds the daily churn. Headers found: 'name', 'x', … and 1,198 more. A churn column is recognised by any of: churn, dailyChurnGB. Rename the header or map the column yourself.",
    ko: ['name, x, … (+1,198)'],
  },
  'no-data-rows': {
    params: { headerLine: 3 },
    en: 'The file has a header but no machine rows: after the header on line 3 there are only blank lines. Add one row per machine under the header (its name and daily churn), or check that this is the right file.',
    ko: ['3번 줄'],
  },
  'no-valid-row': {
    params: { dataRows: 1200, skipped: 0, firstLine: 2, firstRejected: row },
    en: "The file has no valid machine row: all 1200 data rows were rejected. The first, on line 2: 'dailyChurnGB' is '-5' for 'db-01'; churn can't be negative. Correct the value or delete the row. Fix the rows listed under rejected rows, or map the columns yourself if they were detected wrongly.",
    ko: ['1,200개', '2번 줄'],
  },
  'numeric-names': {
    params: { column: 'Name', examples: '1, 2, 3', shown: 3, count: 4 },
    en: "Every machine name in column 'Name' is a number (1, 2, 3, …). If that column holds row numbers or IDs rather than host names, map the name column yourself; the rows were kept, since a host may be called 1001.",
    ko: ["'Name'", '1, 2, 3'],
  },
  'file-too-large': {
    params: { sizeMB: 250.4, limitMB: 200, sizeBytes: 262_563_021, limitBytes: 209_715_200 },
    en: 'The file is 250.4 MB (262,563,021 bytes), more than the 200 MB the planner reads, so it was not opened. Split the inventory by site (one file per site, each under 200 MB) and plan each file.',
    ko: ['250.4 MB', '200 MB'],
  },
  'too-many-rows': {
    params: { limit: 1_000_000, line: 1_000_002 },
    en: 'The file has more than 1,000,000 machine rows, the most the planner reads; reading stopped at line 1,000,002. Split the inventory by site (one file per site) and plan each file.',
    ko: ['1,000,000', '1,000,002'],
  },
  'bad-mapping': {
    params: { field: 'site', index: 9, columns: 3 },
    en: "'site' is mapped to column 9, but the header has only 3 columns. Choose one of the columns found.",
    ko: ['9번 열', '3개'],
  },
  'bad-options': {
    params: { option: 'delimiter', detail: 'Invalid option', fields: ['name', 'site'] },
    en: "Reading option 'delimiter' is invalid: Invalid option. Fields: name, site; delimiters ',' ';' tab; decimal marks '.' ','.",
    ko: ['읽기 옵션'],
  },
  'duplicate-header': {
    params: { field: 'name', first: 1, later: 3, firstHeader: 'Name', laterHeader: 'VM Name' },
    en: "Columns 1 ('Name') and 3 ('VM Name') are both 'name'; using column 1. Map the column yourself if the other one is right.",
    ko: ['1번 열과 3번 열', "'name'"],
  },
  'several-churn-columns': {
    params: {
      field: 'dailyChurnGB',
      found: [
        { header: 'churn (GB/day)', field: 'dailyChurnGB' },
        { header: 'churn MB/s', field: 'avgChurnMBps' },
      ],
    },
    en: "Found several churn columns: 'churn (GB/day)' (GB/day), 'churn MB/s' (MB/s); using 'churn (GB/day)' (GB/day). GB/day is preferred, then TB/day, then MB/s; map another churn column to use it instead.",
    ko: ['dailyChurnGB'],
  },
  'mapping-reassigned': {
    params: { field: 'site', previous: 'name', index: 2, header: 'Host' },
    en: "Column 2 ('Host') was detected as 'name' but is mapped to 'site'; 'name' is now unmapped.",
    ko: ['2번 열', 'site', 'name'],
  },
  'ragged-rows': {
    params: { count: 1500, firstLine: 7 },
    en: '1500 row(s) have a different number of cells than the header (the first on line 7). Missing cells were read as empty and surplus cells ignored; check the delimiter and quoting if that is unexpected.',
    ko: ['1,500개', '7번 줄'],
  },
  'unclosed-quote': {
    params: { line: 1 },
    en: 'The header on line 1 opens a quoted field that is never closed, so the rest of the file was read as one column name. Close the quote (and double any quote inside it), then load the file again.',
    ko: ['1번 줄'],
  },
  'malformed-quote': {
    params: { line: 12 },
    en: 'The record starting on line 12 has a quote in the middle of a quoted field; it was read as written. Quotes inside a quoted field must be doubled ("").',
    ko: ['12번 줄'],
  },
  'encoding-utf16': {
    params: { encoding: 'utf-16be' },
    en: 'The file is UTF-16 (big-endian); it was read correctly, but UTF-8 is the safer format to share.',
    ko: ['utf-16be'],
  },
  'encoding-fallback': {
    params: { encoding: 'euc-kr' },
    en: 'The file is not valid UTF-8; it was read as Korean (CP949/EUC-KR). Check names with accents or Hangul, and save as CSV UTF-8 to be sure.',
    ko: ['euc-kr'],
  },
  'encoding-invalid-utf8': {
    params: {},
    en: 'The file is marked as UTF-8 but contains invalid bytes; they were replaced by \uFFFD. Check the names around them and re-export the file.',
    ko: ['UTF-8'],
  },
  'read-cancelled': { params: {}, en: 'Reading was cancelled.', ko: ['취소'] },
  'unknown-column': {
    params: { field: 'site', name: 'Region', headers: ['Name', 'Churn'] },
    en: 'no column "Region" for site; the columns are: "Name", "Churn"',
    ko: ['"Region"', '"Name", "Churn"'],
  },
  'no-header-row': { params: { rows: 12, limit: 20 }, en: 'none of the first 12 non-blank rows', ko: ['12개', '20개'] },
  'title-lines': {
    params: { count: 2, headerLine: 3 },
    en: 'The header is on row 3; the 2 rows above it were skipped',
    ko: ['3행', '2개'],
  },
  'powered-off': { params: { count: 1200 }, en: '1,200 machines are powered off', ko: ['1,200대'] },
  'planner-growth': { params: {}, en: "The Deployment Planner's peak churn already includes its growth factor", ko: ['30%'] },
  'incompatible-vms': { params: { count: 5 }, en: 'lists 5 machines that Site Recovery cannot replicate', ko: ['5대'] },
  'churn-write-throughput': { params: { count: 3 }, en: 'The churn of 3 machines is the sum', ko: ['3대'] },
  'churn-apportioned': { params: { count: 3, totalGB: 2048.5 }, en: '(2,048.5 GB/day,', ko: ['3대', '2,048.5'] },
  'churn-estimated': { params: { count: 12 }, en: 'The churn of 12 machines is estimated', ko: ['12대'] },
  'churn-rate-needed': {
    params: { count: 12, flag: '--churn-rate' },
    en: 'with --churn-rate <percent>, for example --churn-rate 2.',
    ko: ['12대', '--churn-rate 2'],
  },
  'workbook-xls': { params: {}, en: 'This is an old binary Excel workbook (.xls)', ko: ['.xls'] },
  'workbook-encrypted': { params: {}, en: 'This workbook is protected with a password', ko: ['암호'] },
  'workbook-corrupt': { params: { detail: 'bad zip', sheet: 'vInfo' }, en: "(sheet 'vInfo': bad zip)", ko: ["'vInfo' 시트: bad zip"] },
  'workbook-too-large': {
    params: { sizeMB: 1500, limitMB: 1024 },
    en: 'unpacks to 1,500 MB, more than the 1,024 MB',
    ko: ['1,500MB', '1,024MB'],
  },
  'workbook-no-sheet': {
    params: { sheets: ['A', 'B'], limit: 20 },
    en: "among its first 20 non-blank rows. Sheets: 'A', 'B'.",
    ko: ["'A', 'B'", '20개'],
  },
  'workbook-sheet-not-found': {
    params: { sheet: 'X', sheets: ['A'] },
    en: "The workbook has no sheet named 'X'. Sheets: 'A'.",
    ko: ["'X'", "'A'"],
  },
  'workbook-sheet': {
    params: { sheet: 'vInfo', sheets: ['vInfo', 'vDisk'] },
    en: "Read sheet 'vInfo' of the workbook (sheets: 'vInfo', 'vDisk')",
    ko: ["'vInfo', 'vDisk'"],
  },
};

const cases = Object.entries(CASES).map(
  ([code, c]) => [code, { code, params: c.params } as InventoryIssue, c as Case<InventoryIssue['code']>] as const,
);

describe('reading issues, from code and figures, in English and Korean', () => {
  it.each(cases)('%s', (_, issue, c) => {
    const made = readIssue(issue);
    const english = issueText(en, made);
    const korean = issueText(ko, made);
    expect(english).toContain(c.en);
    expect(korean).toMatch(/[가-힣]/);
    for (const figure of c.ko) expect(korean).toContain(figure);
  });

  it('says the other binary file and the input that ran over the limit while read', () => {
    const nul = issueText(en, readIssue({ code: 'binary', params: { reason: 'binary' } }));
    expect(nul).toContain('This is not a text file (it contains NUL bytes).');
    const bomless = issueText(en, readIssue({ code: 'binary', params: { reason: 'utf16-no-bom' } }));
    expect(bomless).toMatch(/^This looks like UTF-16 text without a byte-order mark/);
    const piped = readIssue({ code: 'file-too-large', params: { limitMB: 200, limitBytes: 209_715_200 } });
    expect(issueText(en, piped)).toBe(
      'The input is more than the 200 MB the planner reads, so reading stopped there and nothing was planned. Split the inventory by site (one file per site, each under 200 MB) and plan each file.',
    );
    expect(issueText(ko, piped)).toContain('200 MB를 넘어 거기서 읽기를 멈췄');
  });

  it('a place and a figure of the same name do not clash: the column mapped is its number', () => {
    const moved = readIssue(
      { code: 'mapping-reassigned', params: { field: 'site', previous: 'name', index: 2, header: 'Host' } },
      { column: 'Host' },
    );
    expect(issueText(ko, moved)).toMatch(/^2번 열을/);
  });

  it('a code without an entry shows as its code, never blank', () => {
    expect(issueText(en, { code: 'from-a-newer-reader' })).toBe('from-a-newer-reader');
  });
});

describe("the command line's file errors, from code and figures", () => {
  const fileCases: [CliFile, string][] = [
    [{ code: 'directory', params: { path: 'inv' } }, '"inv" is a directory, not a CSV file'],
    [{ code: 'not-found', params: { path: 'nope.csv' } }, 'cannot read "nope.csv": no such file'],
    [{ code: 'permission-denied', params: { path: 'x.csv' } }, 'cannot read "x.csv": permission denied'],
    [{ code: 'unreadable', params: { path: 'x.csv', detail: 'EIO: i/o error' } }, 'cannot read "x.csv": EIO: i/o error'],
    [
      { code: 'no-valid-row', params: { path: 'x.csv', dataRows: 4, skipped: 1, firstRejected: row } },
      `"x.csv" has no valid machine row: of its 4 data rows, 3 were rejected and 1 skipped. First: line 2: 'dailyChurnGB' is '-5' for 'db-01'; churn can't be negative. Correct the value or delete the row.`,
    ],
  ];

  it.each(fileCases)('%o', (error, text) => {
    expect(failureText({ kind: 'file', error })).toBe(text);
    const korean = (ko as unknown as (k: string, p: object) => string)(`cli.file.${error.code}`, error.params);
    expect(korean).toMatch(/[가-힣]/);
    expect(korean).toContain(`"${error.params.path}"`);
  });

  it('says one data row in the singular', () => {
    const one = (skipped: number) =>
      failureText({ kind: 'file', error: { code: 'no-valid-row', params: { path: 'x.csv', dataRows: 1, skipped } } });
    expect(one(0)).toBe('"x.csv" has no valid machine row: its one data row was rejected.');
    expect(one(1)).toBe('"x.csv" has no valid machine row: of its 1 data row, 0 were rejected and 1 skipped.');
  });

  it("puts the file's path before a reader's sentence, when it is said", () => {
    const issue = readIssue({ code: 'empty', params: {} });
    expect(failureText({ kind: 'read', path: 'a.csv', issue })).toBe(`"a.csv": ${issueText(en, issue)}`);
  });
});
