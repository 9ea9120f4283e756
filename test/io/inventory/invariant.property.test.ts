import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInventory } from '../../../src/io/inventory';
import { MAX_CHURN_GB_PER_DAY } from '../../../src/io/limits';

type Delim = ',' | ';' | '\t';

/** A generated data row: a machine, a row that must be rejected, or a blank line. */
type GenRow =
  | { kind: 'good'; name: string; churn: number; grouped: boolean; site: string; notes: string }
  | { kind: 'bad'; name: string; churnText: string; site: string; notes: string }
  | { kind: 'blank'; text: string };

const nameArb = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  fc.constantFrom('서버01', '웹-서버', 'db "primary"', 'app, eu', 'VM One', 'Ünïcode'),
);
const notesArb = fc.oneof(fc.constant(''), fc.constantFrom('a\nb', 'x\r\ny\r\nz', 'say "hi"', 'p;q,r\tb', '  '));
const siteArb = fc.constantFrom('', 'A', 'B');
const badChurnArb = fc.constantFrom('', '  ', 'n/a', '-5', 'NaN', 'Infinity', '1e999', '12 MB', 'abc');

const rowArb: fc.Arbitrary<GenRow> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('good' as const),
      name: nameArb,
      churn: fc.double({ min: 0, max: 1e6, noNaN: true }),
      grouped: fc.boolean(),
      site: siteArb,
      notes: notesArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('bad' as const),
      name: fc.oneof(nameArb, fc.constant('')),
      churnText: badChurnArb,
      site: siteArb,
      notes: notesArb,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('blank' as const), text: fc.constantFrom('', ' ', '\t', ';;;', ',,,', ' , ; ') }) },
);

function formatNumber(n: number, delim: Delim, grouped: boolean): string {
  const [int = '0', frac] = n
    .toFixed(3)
    .replace(/\.?0+$/, '')
    .split('.');
  const thousands = delim === ';' ? '.' : ',';
  const mark = delim === ';' ? ',' : '.';
  const intText = grouped ? int.replace(/\B(?=(\d{3})+$)/g, thousands) : int;
  return frac === undefined ? intText : `${intText}${mark}${frac}`;
}

function quote(cell: string, delim: Delim, always: boolean): string {
  const needs = always || cell.includes(delim) || cell.includes('"') || /[\r\n]/.test(cell);
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const breaks = (s: string): number => (s.match(/\r\n|\n|\r/g) ?? []).length;

/** Renders rows as CSV; returns the text and, per non-blank row, the line it starts on. */
function render(rows: GenRow[], delim: Delim, eol: string, quoteAll: boolean): { text: string; lines: number[] } {
  const out = [['name', 'churn GB', 'site', 'notes'].join(delim)];
  const lines: number[] = [];
  let line = 2;
  for (const r of rows) {
    if (r.kind === 'blank') {
      out.push(r.text);
      line += 1;
      continue;
    }
    const churn = r.kind === 'good' ? formatNumber(r.churn, delim, r.grouped) : r.churnText;
    // Bad rows always keep one non-blank cell, so they are data rows, not blank lines.
    const name = r.kind === 'bad' && r.name === '' && churn.trim() === '' ? 'x' : r.name;
    const cells = [name, churn, r.site, r.notes];
    out.push(cells.map((c) => quote(c, delim, quoteAll)).join(delim));
    lines.push(line);
    line += 1 + cells.reduce((n, c) => n + breaks(c), 0);
  }
  return { text: out.join(eol) + eol, lines };
}

describe('invariant: accepted + rejected = non-blank data rows', () => {
  it('holds for random inventories, with every row reported on the line it starts', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 40 }),
        fc.constantFrom<Delim>(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (rows, delim, eol, quoteAll) => {
          const { text, lines } = render(rows, delim, eol, quoteAll);
          const r = readInventory(text);
          // A header with only blank lines under it is refused, not read as an empty inventory.
          if (lines.length === 0) return void expect(!r.ok && r.issues[0]?.code).toBe('no-data-rows');
          if (!r.ok) throw new Error(JSON.stringify(r.issues));
          const { machines, rejected, dataRows } = r.value;
          expect(r.value.delimiter).toBe(delim);
          expect(dataRows).toBe(lines.length);
          expect(machines.length + rejected.length).toBe(dataRows);
          const reported = [...machines.map((m) => m.line), ...rejected.map((x) => x.line)].sort((a, b) => (a ?? 0) - (b ?? 0));
          expect(reported).toEqual(lines);
          // Every bad row is rejected; a good row is accepted unless it repeats a name.
          const bad = rows.filter((x) => x.kind === 'bad').length;
          expect(rejected.filter((x) => x.code !== 'duplicate-name')).toHaveLength(bad);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads every good churn back to the value written', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: MAX_CHURN_GB_PER_DAY, noNaN: true }),
        fc.constantFrom<Delim>(',', ';', '\t'),
        fc.boolean(),
        (n, delim, grouped) => {
          const written = formatNumber(n, delim, grouped);
          const r = readInventory(`name${delim}churn GB\nvm${delim}${quote(written, delim, false)}\n`);
          expect(r.ok && r.value.machines[0]?.dailyChurnGB).toBe(Number(formatNumber(n, ',', false)));
        },
      ),
    );
  });
});
