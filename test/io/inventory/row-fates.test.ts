import { describe, expect, it } from 'vitest';
import { planText as planInventoryText } from '../../support/pipelines';
import { MAX_CHURN_GB_PER_DAY } from '../../../src/io/limits';
import { isSummaryName } from '../../../src/io/inventory/summary-row';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { lines, read } from './helpers';
import { rejectTextOrEmpty as textOf } from '../../support/reject-text';
import { said } from '../../support/said';

const planned = (text: string) => {
  const r = planInventoryText(text, {}, DEFAULT_SETTINGS);
  if (!r.ok) throw new Error(said(r.issues[0]));
  return r.value;
};
const NOT_A_FIGURE = /null|NaN|Infinity/;

describe('churn that is not finite after its unit, or beyond any machine (issue 10, item 3)', () => {
  const inv = read(
    lines([
      'name,dailyChurnGB',
      'big-tb,1e306 TB', // 2: 1.024e309 GB/day overflows
      'big-mbps,1e306 MB/s', // 3: overflows too
      'petabyte,1048577', // 4: one GB/day over the bound
      'at-bound,1048576', // 5: the bound itself
      'small,12',
    ]),
  );

  it('rejects overflowing values as churn-not-finite and over-1-PB/day ones as churn-too-large', () => {
    expect(inv.rejected.map((r) => [r.line, r.code])).toEqual([
      [2, 'churn-not-finite'],
      [3, 'churn-not-finite'],
      [4, 'churn-too-large'],
    ]);
    expect(textOf(inv.rejected[2]!)).toBe(
      "'dailyChurnGB' is '1048577' for 'petabyte', more than the 1,048,576 GB/day (1 PB/day) the planner accepts for one machine. Check the cell's unit and that this is the churn column; write the machine's real daily churn.",
    );
    expect(inv.machines.map((m) => [m.name, m.dailyChurnGB])).toEqual([
      ['at-bound', MAX_CHURN_GB_PER_DAY],
      ['small', 12],
    ]);
  });

  it('prints no null, NaN or Infinity in the plan document, whatever the cells said', () => {
    const { document } = planned('name,dailyChurnGB\nbig,1e306 TB\nbig2,1e306 MB/s\nok,5\n');
    expect(JSON.stringify(document)).not.toMatch(NOT_A_FIGURE);
    expect(document.summary).toMatchObject({ machines: 1, rejectedRows: 2, totalChurnGBPerDay: 5 });
  });

  it('keeps totals finite with many machines at the bound', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `m${i},${MAX_CHURN_GB_PER_DAY}`);
    const { document } = planned(lines(['name,dailyChurnGB', ...rows]));
    expect(document.summary.totalChurnGBPerDay).toBe(2000 * MAX_CHURN_GB_PER_DAY);
    expect(JSON.stringify(document)).not.toMatch(NOT_A_FIGURE);
  });

  it('rejects an optional size that overflows, naming it', () => {
    const r = read('name,churn GB,provisioned (GB)\nvm1,1,1e306 TB\n');
    expect(r.rejected).toMatchObject([{ line: 2, code: 'bad-number', column: 'provisioned (GB)' }]);
    expect(textOf(r.rejected[0]!)).toContain('NaN and Infinity are not usable values');
  });
});

describe('bit rates are not byte rates (issue 10, item 4; docs/inputs.md#bit-rates)', () => {
  const inv = read(
    lines([
      'name,dailyChurnGB,peak churn (MB/s)',
      'mbps,10 Mbps,', // 2: 1.25 MB/s
      'mbit,10 Mbit/s,80 Mbit/s', // 3
      'mbs,10 Mb/s,', // 4: ambiguous
      'gb,10 Gb,', // 5: ambiguous
      'tb,1 Tb,', // 6: ambiguous
      'peak,1,10 Mb/s', // 7: ambiguous in an optional column
    ]),
  );

  it('reads Mbps and Mbit/s as megabits per second', () => {
    expect(inv.machines.map((m) => [m.name, m.dailyChurnGB, m.peakChurnMBps])).toEqual([
      ['mbps', 105.46875, undefined],
      ['mbit', 105.46875, 10],
    ]);
  });

  it('rejects Mb/s, Gb and Tb as ambiguous, saying why and what to write', () => {
    expect(inv.rejected.map((r) => [r.line, r.code])).toEqual([
      [4, 'churn-unit-ambiguous'],
      [5, 'churn-unit-ambiguous'],
      [6, 'churn-unit-ambiguous'],
      [7, 'bad-number'],
    ]);
    expect(textOf(inv.rejected[0]!)).toBe(
      "'dailyChurnGB' is '10 Mb/s' for 'mbs'. 'Mb/s' with a lower-case b usually means bits, but is often written for bytes, so the value was not guessed. Write MB/s for bytes, or Mbit/s for megabits per second (÷ 8 = MB/s).",
    );
    expect(textOf(inv.rejected[1]!)).toContain('Write GB for bytes');
    expect(textOf(inv.rejected[3]!)).toContain("'Mb/s' with a lower-case b usually means bits");
  });
});

describe('summary rows are skipped, not machines (issue 10, item 5; docs/inputs.md#summary-rows)', () => {
  const text = lines([
    'name,dailyChurnGB,site',
    'web01,1000,Seoul',
    'web02,2000,Seoul',
    'Total,3000,',
    ' grand  TOTAL ,3000,',
    'SUM,3000',
    '합계,3000',
    '\u1112\u1161\u11b8\u1100\u1168,3000', // 합계, decomposed
    '총계,',
    'totals,1', // a machine: not a summary word
  ]);

  it('skips each summary word (case and spaces ignored) with its line and reason; the rest are machines', () => {
    const inv = read(text);
    expect(inv.machines.map((m) => m.name)).toEqual(['web01', 'web02', 'totals']);
    expect(inv.skipped).toEqual([4, 5, 6, 7, 8, 9].map((line) => ({ line, reason: 'summary-row' })));
    expect(inv.rejected).toEqual([]);
    expect(inv.dataRows).toBe(9);
  });

  it('publishes the skipped rows in the plan document: accepted + rejected + skipped = data rows', () => {
    const { document } = planned(text);
    expect(document.summary).toMatchObject({ machines: 3, rejectedRows: 0, skippedRows: 6, totalChurnGBPerDay: 3001 });
    expect(document.skipped[0]).toEqual({ line: 4, reason: 'summary-row' });
  });

  it('knows the words and little else', () => {
    for (const name of ['Total', 'TOTAL', 'Grand Total', 'grand total', 'Sum', '합계', '총계', '합 계'])
      expect(isSummaryName(name), name).toBe(true);
    for (const name of ['', 'totals', 'Subtotal', 'summary', 'sum-01', 'sql-01', '합계서버', 'gateway'])
      expect(isSummaryName(name), name).toBe(false);
  });
});

describe('sites compare as host names do (issue 10, item 7)', () => {
  it('reads Seoul/seoul and composed/decomposed 서울 as one site each, in its first spelling', () => {
    const inv = read(
      lines([
        'name,dailyChurnGB,site',
        'a,1,Seoul',
        'b,1, seoul ',
        'c,1,SEOUL',
        'd,1,\uc11c\uc6b8', // 서울 composed (NFC)
        'e,1,\u1109\u1165\u110b\u116e\u11af', // 서울 decomposed (NFD)
      ]),
    );
    expect(inv.machines.map((m) => m.site)).toEqual(['Seoul', 'Seoul', 'Seoul', '서울', '서울']);
  });

  it('plans one site, not two with a server each, and finds a repeated name across spellings', () => {
    const inv = read('name,dailyChurnGB,site\nweb01,5,Seoul\nweb02,6,seoul\nWEB01,7,SEOUL\n');
    expect(inv.rejected).toMatchObject([{ line: 4, code: 'duplicate-name' }]);
    const { document } = planned('name,dailyChurnGB,site\nweb01,5,Seoul\nweb02,6,seoul\n');
    expect(document.sites.map((s) => [s.site, s.machines])).toEqual([['Seoul', 2]]);
    expect(document.servers.map((s) => s.site)).toEqual(['Seoul']);
  });
});

describe('names with control characters or line breaks (issue 10, item 9)', () => {
  it('rejects them with a message that shows the characters written out', () => {
    // A file of a few rows with two control characters is over the binary-file threshold: pad it.
    const padding = Array.from({ length: 20 }, (_, i) => `a-perfectly-ordinary-machine-${i},1`);
    const inv = read(lines(['name,dailyChurnGB', '"evil\u001b[2J",1', '"two\nlines",2', 'ok,3', '"bell\u0007",4', ...padding]));
    expect(inv.machines.map((m) => m.name).slice(0, 2)).toEqual(['ok', 'a-perfectly-ordinary-machine-0']);
    expect(inv.rejected.map((r) => [r.line, r.code])).toEqual([
      [2, 'name-control-chars'],
      [3, 'name-control-chars'],
      [6, 'name-control-chars'],
    ]);
    expect(textOf(inv.rejected[0]!)).toBe(
      "The name in 'name' ('evil\\x1b[2J') contains a line break or a control character, which no host name has. Check the quoting of the row above it (a quote left open joins rows) and correct the name.",
    );
    expect(textOf(inv.rejected[1]!)).toContain("('two\\nlines')");
  });
});
