import { describe, expect, it } from 'vitest';
import { lines, read, readFails } from './helpers';

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
    expect(inv.machines.map((m) => [m.name, m.os, m.line])).toEqual([['vm1', 'Windows', 2], ['vm2', 'Linux', 3]]);
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
    expect(inv.machines.map((m) => [m.name, m.line])).toEqual([['vm1', 2], ['vm2', 5], ['vm4', 8], ['vm5', 10]]);
    expect(inv.rejected).toMatchObject([{ line: 7, code: 'churn-missing' }]);
    expect(inv.machines[0]?.extra).toEqual(['first\nsecond\nthird']);
  });

  it('counts CRLF line breaks inside quotes as one line each', () => {
    const inv = read('name,churn GB\r\n"a\r\nb",1\r\nvm2,x\r\n');
    expect(inv.rejected[0]).toMatchObject({ line: 4, code: 'churn-not-number' });
  });

  it('reports an unclosed quote as a notice', () => {
    const inv = read('name,churn GB\nvm1,1\n"vm2,2\nvm3,3\n');
    expect(inv.notices.some((n) => n.code === 'unclosed-quote' && n.line === 3)).toBe(true);
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
    expect(r?.message).toMatch(/decimal mark is '\.'.*write 1\.5/);
  });

  it('reads , as the decimal mark and . or spaces as thousands in semicolon files', () => {
    const inv = read('name;churn GB\na;1,5\nb;1.536,5\nc;1.536\nd;1 536\ne;1\u00a0536,25\n');
    expect(inv.decimalMark).toBe(',');
    expect(inv.machines.map((m) => m.dailyChurnGB)).toEqual([1.5, 1536.5, 1536, 1536, 1536.25]);
  });

  it('rejects 12.5 in a semicolon file and suggests 12,5', () => {
    const [r] = read('name;churn GB\nvm1;12.5\n').rejected;
    expect(r).toMatchObject({ code: 'churn-not-number', value: '12.5', line: 2 });
    expect(r?.message).toContain('write 12,5');
    expect(r?.message).toContain("decimal mark to '.'");
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
    expect(inv.notices.find((n) => n.code === 'several-churn-columns')?.message).toContain("using 'churn (GB/day)'");
    expect(inv.extraColumns).toEqual(['churn (MB/s)', 'churn (TB/day)']);
    expect(read('name,churn (MB/s),churn (TB/day)\nvm1,1,1\n').churnField).toBe('dailyChurnTB');
  });

  it('accepts zero churn and never reads an empty cell as zero', () => {
    const inv = read('name,churn GB\nidle,0\nblank, \n');
    expect(inv.machines[0]?.dailyChurnGB).toBe(0);
    expect(inv.rejected[0]).toMatchObject({ code: 'churn-missing', line: 3, value: ' ' });
  });
});

describe('rejected rows', () => {
  const inv = read(lines([
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
  ]));

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
    expect(r?.message).toContain(`'${column}'`);
    if (value.trim() !== '') expect(r?.message).toContain(value.trim());
  });

  it('accepts the rest, including the same name in another site', () => {
    expect(inv.machines.map((m) => [m.name, m.site, m.line])).toEqual([['vm-g', 'A', 9], ['vm-g', 'B', 11]]);
    expect(inv.dataRows).toBe(11);
  });

  it('names the first line in a duplicate message', () => {
    expect(inv.rejected.find((r) => r.line === 10)?.message).toContain('line 9');
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

  it('reads short and long rows, treating missing cells as empty', () => {
    const inv = read('name,churn GB,site\nvm1,1\nvm2,2,B,surplus\nvm3\n');
    expect(inv.machines.map((m) => [m.name, m.site])).toEqual([['vm1', ''], ['vm2', 'B']]);
    expect(inv.rejected[0]).toMatchObject({ line: 4, code: 'churn-missing' });
    expect(inv.notices.find((n) => n.code === 'ragged-rows')?.params).toEqual({ count: 3, firstLine: 2 });
  });

  it('keeps unmapped columns for display, aligned with Machine.extra', () => {
    const inv = read('Cluster,VM,Churn (GB/day),Notes,\nc1,vm1,1,"hello, world",\n');
    expect(inv.extraColumns).toEqual(['Cluster', 'Notes']);
    expect(inv.machines[0]?.extra).toEqual(['c1', 'hello, world']);
  });

  it('fills every optional field it finds', () => {
    const inv = read(lines([
      'Name,Churn (GB/day),Site,Group,Peak churn (MB/s),Disks,Provisioned (GB),Used (GB),OS,Process server',
      ' vm1 , 12.5 , DC1 , g1 ,30,3,"1,024",2 TB, Windows ,ps-01',
      'vm2,1,DC1,,,,,,,',
    ]));
    expect(inv.machines[0]).toEqual({
      name: 'vm1', dailyChurnGB: 12.5, site: 'DC1', group: 'g1', peakChurnMBps: 30, disks: 3,
      provisionedGB: 1024, usedGB: 2048, os: 'Windows', processServer: 'ps-01', line: 2,
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
    expect(inv.machines.map((m) => [m.name, m.dailyChurnGB, m.site])).toEqual([['vm1', 5, 'A'], ['vm2', 6, 'B']]);
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
    expect(issue?.message).toContain("'Label', 'Churn GB'");
    expect(issue?.message).toContain('computer name');
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
