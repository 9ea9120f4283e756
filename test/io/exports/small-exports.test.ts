import { describe, expect, it } from 'vitest';
import type { RejectedRow } from '../../../src/core/model';
import { rejectedCsv } from '../../../src/io/exports/rejected-csv';
import { templateCsv } from '../../../src/io/exports/template-csv';
import { decodeInventoryBytes, readInventory } from '../../../src/io/inventory';

describe('rejectedCsv', () => {
  it('lists line, column, value and reason, neutralising hostile values', () => {
    const rows: RejectedRow[] = [
      { line: 3, column: 'dailyChurnGB', value: '=HYPERLINK("http://x","y")', message: 'churn is not a number', code: 'churn-not-number' },
      { line: 7, column: 'dailyChurnGB', value: '-5', message: 'churn is negative, "-5"', code: 'churn-negative' },
      { line: 9, column: 'name', value: '', message: 'the name is empty', code: 'name-empty' },
    ];
    expect(rejectedCsv(rows)).toBe(
      '\uFEFFline,column,value,reason\r\n' +
        `3,dailyChurnGB,"'=HYPERLINK(""http://x"",""y"")",churn is not a number\r\n` +
        `7,dailyChurnGB,'-5,"churn is negative, ""-5"""\r\n` +
        '9,name,,the name is empty\r\n',
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
