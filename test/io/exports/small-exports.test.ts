import { describe, expect, it } from 'vitest';
import type { RejectedRow } from '../../../src/core/model';
import { rejectedCsv } from '../../../src/io/exports/rejected-csv';
import { templateCsv } from '../../../src/io/exports/template-csv';
import { decodeInventoryBytes, readInventory } from '../../../src/io/inventory';

describe('rejectedCsv', () => {
  it('lists line, column, value and reason, neutralising hostile values', () => {
    const advice = { problem: 'not-number', mark: '.', kind: 'churn', unit: '' } as const;
    const rows: RejectedRow[] = [
      {
        line: 3,
        column: 'dailyChurnGB',
        value: '=HYPERLINK("http://x","y")',
        code: 'churn-not-number',
        params: { name: 'web-01', advice },
      },
      { line: 7, column: 'dailyChurnGB', value: '-5', code: 'churn-negative', params: { name: 'db-01' } },
      { line: 9, column: 'name', value: '', code: 'name-empty', params: {} },
    ];
    expect(rejectedCsv(rows)).toBe(
      '\uFEFFline,column,value,reason\r\n' +
        `3,dailyChurnGB,"'=HYPERLINK(""http://x"",""y"")","'dailyChurnGB' is '=HYPERLINK(""http://x"",""y"")' for 'web-01', which is not a number. Write a number such as 12.5, optionally with a unit (GB, TB or MB/s)."\r\n` +
        `7,dailyChurnGB,'-5,"'dailyChurnGB' is '-5' for 'db-01'; churn can't be negative. Correct the value or delete the row."\r\n` +
        '9,name,,"The name column \'name\' is empty; every machine needs a name. Fill it in or delete the row."\r\n',
    );
  });

  it('exports what the reader rejected from a hostile file', () => {
    const read = readInventory('name,dailyChurnGB\nweb-01,=1+1\n@evil,-2\n,3\n');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const lines = rejectedCsv(read.value.rejected).split('\r\n');
    expect(lines).toHaveLength(read.value.rejected.length + 2);
    expect(lines[1]).toMatch(/^2,[^,]+,'=1\+1,/);
    expect(lines.slice(1).every((l) => !/(^|,)[=+@-]/.test(l))).toBe(true);
  });

  it('is just the header for no rejected rows', () => {
    expect(rejectedCsv([])).toBe('\uFEFFline,column,value,reason\r\n');
  });
});

describe('templateCsv', () => {
  it('has the documented header and reads back as 4 machines, 2 sites, one group, nothing rejected', () => {
    const text = templateCsv();
    expect(text.startsWith('\uFEFFname,dailyChurnGB,site,group,peakChurnMBps,processServer\r\n')).toBe(true);
    const decoded = decodeInventoryBytes(new TextEncoder().encode(text));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const read = readInventory(decoded.value.text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { machines, rejected } = read.value;
    expect(rejected).toEqual([]);
    expect(machines.map((m) => m.name)).toEqual(['web-01', 'sql-01', 'sql-02', 'file-01']);
    expect(new Set(machines.map((m) => m.site))).toEqual(new Set(['Seoul', 'Busan']));
    expect(machines.filter((m) => m.group === 'erp').map((m) => m.name)).toEqual(['sql-01', 'sql-02']);
    expect(machines.find((m) => m.name === 'sql-01')?.peakChurnMBps).toBe(38);
  });
});
