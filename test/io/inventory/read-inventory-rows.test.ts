import { describe, expect, it } from 'vitest';
import { lines, read, readFails } from './helpers';
import { rejectTextOrEmpty as textOf } from '../../support/reject-text';
import { said } from '../../support/said';

describe('rejected rows', () => {
  const inv = read(
    lines([
      'Server,Daily churn (GB),Site',
      ',5,A', // 2 name-empty
      'vm-a,,A', // 3 churn-missing
      'vm-b,lots,A', // 4 churn-not-number
      'vm-c,-3,A', // 5 churn-negative
      'vm-d,NaN,A', // 6 churn-not-finite
      'vm-e,Infinity,A', // 7 churn-not-finite
      'vm-f,1e999,A', // 8 churn-not-finite
      'vm-g,4,A', // 9 ok
      'VM-G,4,A', // 10 duplicate-name (case-insensitive)
      'vm-g,4,B', // 11 ok: other site
      ' vm-g ,4,A', // 12 duplicate after trimming
    ]),
  );

  it.each([
    [2, 'name-empty', 'Server', ''],
    [3, 'churn-missing', 'Daily churn (GB)', ''],
    [4, 'churn-not-number', 'Daily churn (GB)', 'lots'],
    [5, 'churn-negative', 'Daily churn (GB)', '-3'],
    [6, 'churn-not-finite', 'Daily churn (GB)', 'NaN'],
    [7, 'churn-not-finite', 'Daily churn (GB)', 'Infinity'],
    [8, 'churn-not-finite', 'Daily churn (GB)', '1e999'],
    [10, 'duplicate-name', 'Server', 'VM-G'],
    [12, 'duplicate-name', 'Server', ' vm-g '],
  ])('line %i is %s in column %j with value %j', (line, code, column, value) => {
    const r = inv.rejected.find((x) => x.line === line);
    expect(r).toMatchObject({ code, column, value });
    expect(textOf(r)).toContain(`'${column}'`);
    if (value.trim() !== '') expect(textOf(r)).toContain(value.trim());
  });

  it('accepts the rest, including the same name in another site', () => {
    expect(inv.machines.map((m) => [m.name, m.site, m.line])).toEqual([
      ['vm-g', 'A', 9],
      ['vm-g', 'B', 11],
    ]);
    expect(inv.dataRows).toBe(11);
  });

  it('names the first line in a duplicate message', () => {
    expect(textOf(inv.rejected.find((r) => r.line === 10))).toContain('line 9');
  });

  it('compares Korean names in NFC', () => {
    const dup = read(`name,churn GB\n서버01,1\n${'서버01'.normalize('NFD')},2\n`);
    expect(dup.rejected[0]?.code).toBe('duplicate-name');
  });

  it('rejects a bad optional number naming its column', () => {
    const r = read('name,churn GB,disks,provisioned (GB),peak churn (MB/s)\nvm1,1,2.5,,\nvm2,1,2,-5,\nvm3,1,,,x\n').rejected;
    expect(r.map((x) => [x.line, x.code, x.column, x.value])).toEqual([
      [2, 'bad-number', 'disks', '2.5'],
      [3, 'bad-number', 'provisioned (GB)', '-5'],
      [4, 'bad-number', 'peak churn (MB/s)', 'x'],
    ]);
  });

  it('keeps an all-rejected file as a success', () => {
    const all = read('name,churn GB\n,1\nvm,\n');
    expect(all.machines).toEqual([]);
    expect(all.rejected).toHaveLength(2);
  });
});

describe('blank lines, ragged rows, extra columns', () => {
  it('skips blank and delimiter-only lines without counting them', () => {
    const inv = read('\n\nname;churn GB\n\n;;\n  ;  \nvm1;1\n\r\n\t\nvm2;2\n\n');
    expect(inv.dataRows).toBe(2);
    expect(inv.machines.map((m) => m.line)).toEqual([7, 10]);
    expect(inv.rejected).toEqual([]);
  });

  it('reads short rows with missing cells as empty, and ignores blank surplus cells', () => {
    const inv = read('name,churn GB,site\nvm1,1\nvm2,2,B,,\nvm3\n');
    expect(inv.machines.map((m) => [m.name, m.site])).toEqual([
      ['vm1', ''],
      ['vm2', 'B'],
    ]);
    expect(inv.rejected[0]).toMatchObject({ line: 4, code: 'churn-missing' });
    expect(inv.notices.find((n) => n.code === 'ragged-rows')?.params).toEqual({ count: 3, firstLine: 2 });
  });

  it('rejects a row whose surplus cells hold values: an unquoted delimiter moved its cells', () => {
    // "95,5" unquoted in a comma file: churn would read 95 and the site "5", silently.
    const inv = read('name,dailyChurnGB,site\nweb01,95,5,Seoul\nweb02,95.5,Seoul\n');
    expect(inv.machines.map((m) => [m.name, m.dailyChurnGB, m.site])).toEqual([['web02', 95.5, 'Seoul']]);
    expect(inv.rejected).toEqual([
      {
        line: 2,
        column: 'column 4',
        value: 'Seoul',
        code: 'row-shape',
        params: { cells: 4, width: 3, delimiter: ',' },
      },
    ]);
    expect(textOf(inv.rejected[0])).toMatch(
      /^The row has 4 cells but the header has 3: a value holds an unquoted ',' \(a decimal comma such as 95,5.*Write numbers with '\.' as the decimal mark \(95\.5\)/,
    );
    expect(inv.notices.map((n) => n.code)).not.toContain('ragged-rows');
  });

  it('keeps unmapped columns for display, aligned with Machine.extra', () => {
    const inv = read('Cluster,VM,Churn (GB/day),Notes,\nc1,vm1,1,"hello, world",\n');
    expect(inv.extraColumns).toEqual(['Cluster', 'Notes']);
    expect(inv.machines[0]?.extra).toEqual(['c1', 'hello, world']);
  });

  it('fills every optional field it finds', () => {
    const inv = read(
      lines([
        'Name,Churn (GB/day),Site,Group,Peak churn (MB/s),Disks,Provisioned (GB),Used (GB),OS,Process server',
        ' vm1 , 12.5 , DC1 , g1 ,30,3,"1,024",2 TB, Windows ,ps-01',
        'vm2,1,DC1,,,,,,,',
      ]),
    );
    expect(inv.machines[0]).toEqual({
      name: 'vm1',
      dailyChurnGB: 12.5,
      site: 'DC1',
      group: 'g1',
      peakChurnMBps: 30,
      disks: 3,
      provisionedGB: 1024,
      usedGB: 2048,
      os: 'Windows',
      processServer: 'ps-01',
      line: 2,
    });
    expect(inv.machines[1]).toEqual({ name: 'vm2', dailyChurnGB: 1, site: 'DC1', group: '', line: 3 });
  });
});

describe('mapping override', () => {
  const text = 'Host,Guest,Rate,Where\nesx1,vm1,5,A\nesx1,vm2,6,B\n';

  it('maps columns detection cannot see', () => {
    const inv = read(text, { mapping: { name: 1, dailyChurnGB: 2, site: 3 } });
    expect(inv.detectedMapping).toEqual({});
    expect(inv.mapping).toEqual({ name: 1, dailyChurnGB: 2, site: 3 });
    expect(inv.machines.map((m) => [m.name, m.dailyChurnGB, m.site])).toEqual([
      ['vm1', 5, 'A'],
      ['vm2', 6, 'B'],
    ]);
    expect(inv.extraColumns).toEqual(['Host']);
  });

  it('replaces detection only for the fields it names; -1 unmaps', () => {
    const inv = read('VM,DNS,Churn GB,Site\nvm1,vm1.corp,1,A\n', { mapping: { name: 1, site: -1 } });
    expect(inv.mapping).toEqual({ name: 1, dailyChurnGB: 2 });
    expect(inv.machines[0]).toMatchObject({ name: 'vm1.corp', site: '' });
    expect(inv.extraColumns).toEqual(['VM', 'Site']);
  });

  it('moves a column to the field the user chose and says which field lost it', () => {
    const inv = read('VM,Churn GB,Site\nvm1,1,A\n', { mapping: { group: 2 } });
    expect(inv.mapping).toEqual({ name: 0, dailyChurnGB: 1, group: 2 });
    expect(inv.machines[0]).toMatchObject({ site: '', group: 'A' });
    expect(inv.notices.some((n) => n.code === 'mapping-reassigned')).toBe(true);
  });

  it('uses a churn column the user mapped over a preferred detected one', () => {
    const inv = read('VM,Churn GB,Churn TB\nvm1,1,1\n', { mapping: { dailyChurnTB: 2 } });
    expect(inv.churnField).toBe('dailyChurnTB');
    expect(inv.machines[0]?.dailyChurnGB).toBe(1024);
  });

  it('rejects invalid options and out-of-range columns', () => {
    expect(readFails(text, { mapping: { name: 1.5 } })[0]?.code).toBe('bad-options');
    expect(readFails(text, { delimiter: '|' as ',' })[0]?.code).toBe('bad-options');
    expect(readFails(text, { mapping: { name: 9, dailyChurnGB: 2 } })[0]?.code).toBe('bad-mapping');
  });
});

describe('fatal problems', () => {
  it.each(['', '\n\n  \r\n', '\ufeff', ';;;\n,,\n'])('%j is empty', (text) => {
    expect(readFails(text)[0]?.code).toBe('empty');
  });

  it('names the headers found and the accepted spellings when there is no name column', () => {
    const [issue] = readFails('Label,Churn GB\nx,1\n');
    expect(issue?.code).toBe('no-name-column');
    expect(said(issue)).toContain("'Label', 'Churn GB'");
    expect(said(issue)).toContain('computer name');
  });

  it('fails without a churn column', () => {
    expect(readFails('Name,Site\nvm,A\n').map((i) => i.code)).toEqual(['no-churn-column']);
  });

  it('fails on binary garbage', () => {
    const garbage = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 40)).join('');
    expect(readFails(garbage)[0]?.code).toBe('not-csv');
    expect(readFails('\ufffd'.repeat(300) + '\nname,churn gb\n')[0]?.code).toBe('not-csv');
  });
});

describe('progress', () => {
  it('reports about every 5000 rows and once at the end', () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `vm${i},1`);
    const text = lines(['name,churn GB', ...rows]);
    const seen: { rows: number; bytes: number; totalBytes: number }[] = [];
    read(text, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.rows)).toEqual([5000, 10_000, 12_000]);
    expect(seen.at(-1)).toEqual({ rows: 12_000, bytes: text.length, totalBytes: text.length });
    expect(seen[0]!.bytes).toBeLessThan(seen[1]!.bytes);
  });
});
