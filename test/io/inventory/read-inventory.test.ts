import { describe, expect, it } from 'vitest';
import { lines, read } from './helpers';
import { rejectTextOrEmpty as textOf } from '../../support/reject-text';
import { said } from '../../support/said';

describe('delimiters, BOM, line endings', () => {
  it.each([
    [',', 'name,dailyChurnGB,site\nvm1,1.5,A\nvm2,1,536,B\n'],
    [';', 'name;dailyChurnGB;site\nvm1;1,5;A\nvm2;1536;B\n'],
    ['\t', 'name\tdailyChurnGB\tsite\nvm1\t1.5\tA\nvm2\t1536\tB\n'],
  ])('reads a %j-delimited file', (delimiter, text) => {
    const inv = read(text);
    expect(inv.delimiter).toBe(delimiter);
    expect(inv.machines[0]).toMatchObject({ name: 'vm1', dailyChurnGB: 1.5, site: 'A', line: 2 });
  });

  it('strips a BOM so the first header still matches', () => {
    const inv = read('\ufeffName,Daily churn (GB)\nvm1,3\n');
    expect(inv.headers[0]).toBe('Name');
    expect(inv.machines).toHaveLength(1);
  });

  it('reads CRLF files without leaving \\r in values', () => {
    const inv = read(lines(['name,churn (GB/day),os', 'vm1,2,Windows', 'vm2,3,Linux'], '\r\n'));
    expect(inv.machines.map((m) => [m.name, m.os, m.line])).toEqual([
      ['vm1', 'Windows', 2],
      ['vm2', 'Linux', 3],
    ]);
  });

  it('takes the delimiter override and the sep= hint', () => {
    expect(read('name;churn GB\nvm1;5\n', { delimiter: ';' }).machines[0]?.dailyChurnGB).toBe(5);
    const inv = read('sep=;\nname;churn GB\nvm1;2,5\n');
    expect(inv.delimiter).toBe(';');
    expect(inv.machines[0]).toMatchObject({ dailyChurnGB: 2.5, line: 3 });
  });
});

describe('RFC 4180 quoting and line numbers', () => {
  it('reads embedded delimiters and doubled quotes', () => {
    const inv = read('name,churn GB,os\n"web, 01",1,"Windows ""Datacenter"""\n');
    expect(inv.machines[0]).toMatchObject({ name: 'web, 01', os: 'Windows "Datacenter"' });
  });

  it('numbers records after a quoted field with embedded line breaks by the physical line', () => {
    const text = lines([
      'name,churn GB,notes', // 1
      'vm1,1,"first', // 2
      'second', // 3
      'third"', // 4
      'vm2,2,plain', // 5
      '', // 6
      'vm3,,x', // 7
      '"vm4",4,"a\r\nb"', // 8-9
      'vm5,5,y', // 10
    ]);
    const inv = read(text);
    expect(inv.machines.map((m) => [m.name, m.line])).toEqual([
      ['vm1', 2],
      ['vm2', 5],
      ['vm4', 8],
      ['vm5', 10],
    ]);
    expect(inv.rejected).toMatchObject([{ line: 7, code: 'churn-missing' }]);
    expect(inv.machines[0]?.extra).toEqual(['first\nsecond\nthird']);
  });

  it('counts CRLF line breaks inside quotes as one line each', () => {
    const inv = read('name,churn GB,notes\r\nvm1,1,"a\r\nb"\r\nvm2,x\r\n');
    expect(inv.rejected[0]).toMatchObject({ line: 4, code: 'churn-not-number' });
  });

  it('reports an unclosed quote once, as the rejected row, not again as a notice', () => {
    const inv = read('name,churn GB\nvm1,1\n"vm2,2\nvm3,3\n');
    expect(inv.rejected).toEqual([expect.objectContaining({ code: 'unclosed-quote', line: 3 })]);
    expect(inv.notices.some((n) => n.code === 'unclosed-quote')).toBe(false);
  });
});

describe('numbers by delimiter family', () => {
  it('reads , as thousands in comma and tab files', () => {
    expect(read('name,churn GB\nvm1,"1,536"\nvm2,"1,536.5"\n').machines.map((m) => m.dailyChurnGB)).toEqual([1536, 1536.5]);
    expect(read('name\tchurn GB\nvm1\t1,536\n').machines[0]?.dailyChurnGB).toBe(1536);
  });

  it('rejects a decimal comma in a comma file, explaining the rule', () => {
    const [r] = read('name\tchurn GB\nvm1\t1,5\n').rejected;
    expect(r).toMatchObject({ line: 2, column: 'churn GB', value: '1,5', code: 'churn-not-number' });
    expect(textOf(r)).toMatch(/decimal mark is '\.'.*write 1\.5/);
  });

  it('reads , as the decimal mark and . or spaces as thousands in semicolon files', () => {
    const inv = read('name;churn GB\na;1,5\nb;1.536,5\nc;1.536\nd;1 536\ne;1\u00a0536,25\n');
    expect(inv.decimalMark).toBe(',');
    expect(inv.machines.map((m) => m.dailyChurnGB)).toEqual([1.5, 1536.5, 1536, 1536, 1536.25]);
  });

  it('rejects 12.5 in a semicolon file and suggests 12,5', () => {
    const [r] = read('name;churn GB\nvm1;12.5\n').rejected;
    expect(r).toMatchObject({ code: 'churn-not-number', value: '12.5', line: 2 });
    expect(textOf(r)).toContain('write 12,5');
    expect(textOf(r)).toContain("decimal mark to '.'");
  });

  it('lets decimalMark override the delimiter rule', () => {
    expect(read('name;churn GB\nvm1;12.5\n', { decimalMark: '.' }).machines[0]?.dailyChurnGB).toBe(12.5);
    expect(read('name,churn GB\nvm1,"12,5"\n', { decimalMark: ',' }).machines[0]?.dailyChurnGB).toBe(12.5);
  });
});

describe('churn columns and units', () => {
  it('converts a TB/day column and an MB/s column to GB/day', () => {
    const tb = read('name,daily churn (TB)\nvm1,1.5\n');
    expect(tb.churnField).toBe('dailyChurnTB');
    expect(tb.machines[0]?.dailyChurnGB).toBe(1536);
    const mbps = read('name,avg churn (MB/s)\nvm1,10\n');
    expect(mbps.churnField).toBe('avgChurnMBps');
    expect(mbps.machines[0]?.dailyChurnGB).toBe(843.75);
  });

  it('lets a unit in the cell win over the column unit', () => {
    const inv = read('name,churn (TB/day)\na,1.5 TB\nb,100 GB\nc,10 MB/s\nd,2\n');
    expect(inv.machines.map((m) => m.dailyChurnGB)).toEqual([1536, 100, 843.75, 2048]);
  });

  it('prefers GB/day, then TB/day, then MB/s when several churn columns exist, and says so', () => {
    const inv = read('name,churn (MB/s),churn (TB/day),churn (GB/day)\nvm1,1,1,7\n');
    expect(inv.churnField).toBe('dailyChurnGB');
    expect(inv.machines[0]?.dailyChurnGB).toBe(7);
    expect(said(inv.notices.find((n) => n.code === 'several-churn-columns'))).toContain("using 'churn (GB/day)'");
    expect(inv.extraColumns).toEqual(['churn (MB/s)', 'churn (TB/day)']);
    expect(read('name,churn (MB/s),churn (TB/day)\nvm1,1,1\n').churnField).toBe('dailyChurnTB');
  });

  it('accepts zero churn and never reads an empty cell as zero', () => {
    const inv = read('name,churn GB\nidle,0\nblank, \n');
    expect(inv.machines[0]?.dailyChurnGB).toBe(0);
    expect(inv.rejected[0]).toMatchObject({ code: 'churn-missing', line: 3, value: ' ' });
  });
});
