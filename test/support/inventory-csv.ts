import fc from 'fast-check';

/*
 * Generated inventory CSV text for property tests: rows that must be accepted, rejected or skipped,
 * blank lines, random quoting and a random line ending on every line (LF, CRLF or a bare CR), so
 * the reader's accounting and line numbers can be checked against what was written.
 */

/** A delimiter the reader detects. */
export type Delim = ',' | ';' | '\t';

/** A generated data row: a machine, a row that must be rejected or skipped, or a blank line. */
export type GenRow =
  | { kind: 'good'; name: string; churn: number; unit: GoodUnit; grouped: boolean; site: string; notes: string }
  | { kind: 'bad'; name: string; churnText: string; site: string; notes: string }
  | { kind: 'summary'; name: string; churnText: string }
  | { kind: 'blank'; text: string };

/** How a good churn is written: a bare number (GB/day) or with a unit the reader converts. */
export type GoodUnit = '' | ' GB' | ' TB' | ' MB/s' | ' Mbps' | ' Mbit/s';

const NFD_SEOUL = '\u1109\u1165\u110b\u116e\u11af';

/** Names a machine may have: ASCII, Hangul in both Unicode forms, quotes, delimiters, spaces. */
export const nameArb = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  fc.constantFrom('서버01', '웹-서버', `${NFD_SEOUL}-db`, 'db "primary"', 'app, eu', 'VM One', 'Ünïcode', 'Web-01', 'WEB-01', 'totals'),
);
const notesArb = fc.oneof(fc.constant(''), fc.constantFrom('a\nb', 'x\r\ny\r\nz', 'p\rq', 'say "hi"', 'p;q,r\tb', '  '));
/** Sites, in spellings that must compare equal (case, Unicode form). */
export const siteArb = fc.constantFrom('', 'Seoul', 'seoul', ' SEOUL ', '서울', NFD_SEOUL, 'B');
const badChurnArb = fc.constantFrom(
  '',
  '  ',
  'n/a',
  '-5',
  'NaN',
  'Infinity',
  '1e999',
  '12 MB',
  'abc',
  '10 Mb/s', // ambiguous: bits or bytes
  '5 Gb',
  '1 Tb',
  '1e306 TB', // overflows after the unit
  '1e306 MB/s',
  '2000000', // over 1 PB/day
);
// A name no machine has: line breaks and terminal control characters.
const badNameArb = fc.constantFrom('', 'evil\u001b[2J', 'two\nlines', 'bell\u0007', 'cr\rname');
const summaryArb = fc.constantFrom('Total', 'total', ' Grand Total ', 'grand  total', 'SUM', '합계', '총계');

/** One row of any kind, good rows most often. */
export const rowArb: fc.Arbitrary<GenRow> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('good' as const),
      name: nameArb,
      churn: fc.double({ min: 0, max: 1000, noNaN: true }), // under 1 PB/day in every unit
      unit: fc.constantFrom<GoodUnit>('', '', ' GB', ' TB', ' MB/s', ' Mbps', ' Mbit/s'),
      grouped: fc.boolean(),
      site: siteArb,
      notes: notesArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('bad' as const),
      name: fc.oneof({ weight: 3, arbitrary: nameArb }, { weight: 1, arbitrary: badNameArb }),
      churnText: badChurnArb,
      site: siteArb,
      notes: notesArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('summary' as const), name: summaryArb, churnText: fc.constantFrom('3000', '', 'n/a') }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('blank' as const), text: fc.constantFrom('', ' ', '\t', ';;;', ',,,', ' , ; ') }) },
);

/** A line ending for every line of a file: all one kind, or a mix. */
export const eolsArb = (lines: number): fc.Arbitrary<string[]> =>
  fc.oneof(
    fc.constantFrom('\n', '\r\n', '\r').map((e) => Array<string>(lines).fill(e)),
    fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: lines, maxLength: lines }),
  );

/** A number as a file with this delimiter writes it: decimal mark and optional thousands grouping. */
export function formatNumber(n: number, delim: Delim, grouped: boolean): string {
  const [int = '0', frac] = n
    .toFixed(3)
    .replace(/\.?0+$/, '')
    .split('.');
  const thousands = delim === ';' ? '.' : ',';
  const mark = delim === ';' ? ',' : '.';
  const intText = grouped ? int.replace(/\B(?=(\d{3})+$)/g, thousands) : int;
  return frac === undefined ? intText : `${intText}${mark}${frac}`;
}

/** Quotes a cell when it must be (or always). */
export function quote(cell: string, delim: Delim, always: boolean): string {
  const needs = always || cell.includes(delim) || cell.includes('"') || /[\r\n]/.test(cell);
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const breaks = (s: string): number => (s.match(/\r\n|\n|\r/g) ?? []).length;

// A long header keeps the share of control characters (from bad names) far below the reader's
// "this is binary" threshold, which a three-row file could otherwise cross.
const NOTES_HEADER = `notes${' (free text kept for display)'.repeat(12)}`;

/** What may come above the header (docs/inputs.md#header-anywhere): Excel's `sep=` line, then title lines. */
export interface Preamble {
  sep: boolean;
  titles: string[];
}

/** Title lines as exports write them above a header: none names a column. */
export const TITLES = ['Inventory export', '재해 복구 인벤토리', 'Generated by the CMDB on 2026-11-30', 'Confidential'];

/** A preamble at random: up to three title lines, with or without a `sep=` line. */
export const preambleArb: fc.Arbitrary<Preamble> = fc.record({
  sep: fc.boolean(),
  titles: fc.array(fc.constantFrom(...TITLES), { maxLength: 3 }),
});

/**
 * Renders rows as CSV, each line ending in its own `eols[i]` (header first), under `preamble`.
 * Returns the text and, per non-blank row (title lines included: they are skipped rows), the line
 * it starts on.
 */
export function render(
  rows: readonly GenRow[],
  delim: Delim,
  eols: readonly string[],
  quoteAll: boolean,
  preamble: Preamble = { sep: false, titles: [] },
): { text: string; lines: number[] } {
  const out: string[] = [];
  const lines: number[] = [];
  let line = 1;
  if (preamble.sep) out.push(`sep=${delim}`, '\n');
  if (preamble.sep) line++;
  for (const title of preamble.titles) {
    out.push(title, '\n');
    lines.push(line++);
  }
  line++;
  let prev = eols[0] ?? '\n';
  out.push(['name', 'churn GB', 'site', NOTES_HEADER].join(delim), prev);
  rows.forEach((r, i) => {
    const text = rowText(r, delim, quoteAll);
    // A bare CR, then an empty line ending in LF, would read as one CRLF: one line, not two.
    let eol = eols[i + 1] ?? '\n';
    if (prev === '\r' && text === '' && eol === '\n') eol = '\r\n';
    out.push(text, eol);
    prev = eol;
    if (r.kind !== 'blank') lines.push(line);
    line += 1 + breaks(text);
  });
  return { text: out.join(''), lines };
}

function rowText(r: GenRow, delim: Delim, quoteAll: boolean): string {
  if (r.kind === 'blank') return r.text;
  if (r.kind === 'summary') return [r.name, r.churnText].map((c) => quote(c, delim, quoteAll)).join(delim);
  const churn = r.kind === 'good' ? formatNumber(r.churn, delim, r.grouped) + r.unit : r.churnText;
  // Bad rows always keep one non-blank cell, so they are data rows, not blank lines.
  const name = r.kind === 'bad' && r.name === '' && churn.trim() === '' ? 'x' : r.name;
  return [name, churn, r.site, r.notes].map((c) => quote(c, delim, quoteAll)).join(delim);
}
