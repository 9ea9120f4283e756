import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serverRejectTextEn } from '../../../src/io/documents';
import { readServers, type ServersRead } from '../../../src/io/servers';
import { saidRunning } from '../../support/said';

function read(text: string): ServersRead {
  const r = readServers(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.value.servers.length + r.value.rejected.length).toBe(r.value.dataRows);
  return r.value;
}

const HEADER = 'name,role,site,vcpu,memoryGB,cacheGB,cpuPercent,memoryPercent,cacheFreePercent,minutesSinceHeartbeat,servicesDown,version';

describe('readServers: the canonical file', () => {
  it('reads every column', () => {
    const r = read(
      `${HEADER}\nCS,configuration,Seoul,16,32,1024,54,62,61,1,,9.55.6765.1\nPS01,scale-out,Seoul,12,24,1024,97.5,58,22,2,"tmansvc;cxprocessserver",9.56.6879.1\n`,
    );
    expect(r.servers).toEqual([
      {
        name: 'CS',
        role: 'configuration',
        site: 'Seoul',
        vcpu: 16,
        memoryGB: 32,
        cacheGB: 1024,
        cpuPercent: 54,
        memoryPercent: 62,
        cacheFreePercent: 61,
        minutesSinceHeartbeat: 1,
        servicesDown: [],
        version: '9.55.6765.1',
        line: 2,
      },
      {
        name: 'PS01',
        role: 'scale-out',
        site: 'Seoul',
        vcpu: 12,
        memoryGB: 24,
        cacheGB: 1024,
        cpuPercent: 97.5,
        memoryPercent: 58,
        cacheFreePercent: 22,
        minutesSinceHeartbeat: 2,
        servicesDown: ['tmansvc', 'cxprocessserver'],
        version: '9.56.6879.1',
        line: 3,
      },
    ]);
    expect(r.rejected).toEqual([]);
  });

  it('an empty measurement is not measured (absent), never 0; an empty role is left for the rebalance to assume', () => {
    const r = read(`${HEADER}\nPS01,,,,,,,,,,,\n`);
    expect(r.servers[0]).toEqual({ name: 'PS01', site: '', servicesDown: [], line: 2 });
    // Without a services column, services are not measured at all.
    expect(read('name,cpu\nPS01,50\n').servers[0]).toEqual({ name: 'PS01', site: '', cpuPercent: 50, line: 2 });
  });
});

describe('readServers: header aliases and cell formats', () => {
  it('understands the usual spellings, English and Korean', () => {
    const r = read(
      'Process Server Name,Server Role,Datacenter,vCPUs,RAM (GB),Cache Disk (GB),CPU %,Memory %,Free space %,Heartbeat (min),Stopped services,PS Version\nPS01,Scale out,Busan,8,12,600,81,79,29.9,15,none,9.55.1.1\n',
    );
    expect(r.servers[0]).toMatchObject({
      name: 'PS01',
      role: 'scale-out',
      site: 'Busan',
      vcpu: 8,
      memoryGB: 12,
      cacheGB: 600,
      cpuPercent: 81,
      memoryPercent: 79,
      cacheFreePercent: 29.9,
      minutesSinceHeartbeat: 15,
      servicesDown: [],
      version: '9.55.1.1',
    });
    const ko = read(
      '서버 이름,역할,사이트,vCPU 수,메모리 (GB),캐시 디스크 (GB),CPU 사용률 (%),메모리 사용률 (%),캐시 여유 공간 (%),마지막 하트비트 (분),중지된 서비스,버전\n구성서버01,구성 서버,서울,16,32,1024,50,50,50,1,,9.55.1.1\nPS02,확장 프로세스 서버,서울,12,24,1024,50,50,50,1,,9.55.1.1\n',
    );
    expect(ko.servers.map((s) => [s.name, s.role, s.site])).toEqual([
      ['구성서버01', 'configuration', '서울'],
      ['PS02', 'scale-out', '서울'],
    ]);
    expect(Object.keys(ko.mapping)).toHaveLength(12);
  });

  it('takes % and minute suffixes, TB caches, and semicolon files with decimal commas and | lists', () => {
    expect(read('server,cpu,cache (GB),heartbeat\nPS01,97 %,1 TB,20 min\n').servers[0]).toMatchObject({
      cpuPercent: 97,
      cacheGB: 1024,
      minutesSinceHeartbeat: 20,
    });
    const r = read('name;cpu %;memory %;services down\nPS01;85,5;80,1;tmansvc|cxprocessserver\n');
    expect(r.delimiter).toBe(';');
    expect(r.servers[0]).toMatchObject({ cpuPercent: 85.5, memoryPercent: 80.1, servicesDown: ['tmansvc', 'cxprocessserver'] });
  });

  it('an unquoted ; list in a semicolon file splits the row: the row is rejected, saying why', () => {
    const r = read('name;services down;version\nPS01;tmansvc;cxprocessserver;9.55.1.1\nPS02;;9.55.1.1\n');
    expect(r.servers.map((s) => s.name)).toEqual(['PS02']);
    expect(r.rejected).toMatchObject([{ line: 2, code: 'row-shape', value: '9.55.1.1' }]);
    expect(serverRejectTextEn(r.rejected[0]!)).toContain('separate services with |');
    expect(r.dataRows).toBe(2);
  });
});

describe('readServers: rejected rows, with line numbers and reasons', () => {
  it('rejects what is not a server, and keeps counting lines through blanks and quoted line breaks', () => {
    const text = [
      'name,role,cpu %,cache free %,heartbeat (min),vcpu,notes',
      'PS01,scale-out,50,50,1,8,"two',
      'lines"',
      '',
      ',scale-out,50,50,1,8,',
      'ps01,scale-out,50,50,1,8,',
      'PS02,gateway,50,50,1,8,',
      'PS03,scale-out,120,50,1,8,',
      'PS04,scale-out,abc,50,1,8,',
      'PS05,scale-out,50,50,-3,8,',
      'PS06,scale-out,50,50,1,2.5,',
      'PS07,scale-out,"1,5",50,1,8,',
      'PS08,configuration,50,50,1,16,',
    ].join('\r\n');
    const r = read(text);
    expect(r.servers.map((s) => [s.name, s.line])).toEqual([
      ['PS01', 2],
      ['PS08', 13],
    ]);
    expect(r.rejected.map((x) => [x.line, x.code, x.column])).toEqual([
      [5, 'name-empty', 'name'],
      [6, 'duplicate-name', 'name'],
      [7, 'bad-role', 'role'],
      [8, 'out-of-range', 'cpu %'],
      [9, 'bad-number', 'cpu %'],
      [10, 'out-of-range', 'heartbeat (min)'],
      [11, 'bad-number', 'vcpu'],
      [12, 'bad-number', 'cpu %'],
    ]);
    expect(serverRejectTextEn(r.rejected[1]!)).toContain('already listed on line 2');
    expect(serverRejectTextEn(r.rejected[3]!)).toContain('between 0 and 100');
    expect(serverRejectTextEn(r.rejected[7]!)).toContain("',' separates thousands");
  });

  it('fails only when the text can’t be a server file', () => {
    const fails = (text: string) => {
      const r = readServers(text);
      return r.ok ? null : r.issues[0]!.code;
    };
    expect(fails('')).toBe('empty');
    expect(fails('\n\n')).toBe('empty');
    expect(fails('cpu,memory %\n50,50\n')).toBe('no-name-column');
    expect(fails('\u0000\u0001\u0002\u0003binary')).toBe('not-csv');
    expect(read('\ufeffname\r\nPS01\r\n').servers[0]!.name).toBe('PS01');
  });

  it('accepted + rejected = non-blank data rows, always (fast-check)', () => {
    const cell = fc.constantFrom(
      '',
      'PS1',
      'ps1',
      'x',
      '50',
      '120',
      '-1',
      'abc',
      '9.5',
      '1,5',
      '"a,b"',
      'scale-out',
      'config',
      'bogus',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 30 }), (rows) => {
        const text = ['name,role,cpu %,cache free %,vcpu,services down', ...rows.map((r) => r.join(','))].join('\n');
        const r = readServers(text);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value.servers.length + r.value.rejected.length).toBe(r.value.dataRows);
          for (const x of r.value.rejected) expect(x.line).toBeGreaterThan(1);
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('readServers: shifted rows, long values, sites and names (issue 10, items 7–9)', () => {
  it('rejects a row that an unquoted decimal comma shifted, as the inventory does', () => {
    // "95,5" in a comma file: cpu read 95, memory 5, cache free 80: every later column wrong.
    const r = read('name,cpu %,memory %,cache free %\nPS01,95,5,70,80\nPS02,95.5,70,80\nPS03,50,50,50,,\n');
    expect(r.servers.map((s) => [s.name, s.cpuPercent, s.memoryPercent, s.cacheFreePercent])).toEqual([
      ['PS02', 95.5, 70, 80],
      ['PS03', 50, 50, 50],
    ]);
    expect(r.rejected).toMatchObject([{ line: 2, column: 'column 5', value: '80', code: 'row-shape' }]);
    expect(r.rejected.map(serverRejectTextEn)).toEqual([
      expect.stringMatching(/^The row has 5 cells but the header has 4: a value holds an unquoted ',' \(a decimal comma such as 95,5/),
    ]);
  });

  it('cuts quoted values to 80 characters, in the rejected row and in its message', () => {
    const long = 'x'.repeat(10_000);
    const r = read(`name,role,cpu %\nPS01,${long},50\nPS02,scale-out,${long}\n`);
    expect(r.rejected.map((x) => [x.code, x.value.length])).toEqual([
      ['bad-role', 80],
      ['bad-number', 80],
    ]);
    for (const x of r.rejected) expect(serverRejectTextEn(x).length).toBeLessThan(600);
  });

  it('a 200,000-column header without a name column gives a sentence, not a 2 MB line', () => {
    const header = Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',');
    const r = readServers(`${header}\n`);
    expect(r.ok).toBe(false);
    const message = r.ok ? '' : saidRunning(r.issues[0]);
    expect(message).toContain("'c0', 'c1'");
    expect(message).toContain('… and 199,980 more');
    expect(message.length).toBeLessThan(1000);
  });

  it('a 200,000-column header of duplicate names gives ten notices, not 199,999', () => {
    const header = Array.from({ length: 200_000 }, () => 'name').join(',');
    expect(read(`${header}\nPS01\n`).notices.filter((n) => n.code === 'duplicate-header')).toHaveLength(10);
  });

  it('reads a site in its first spelling, whatever its case or Unicode form', () => {
    const r = read('name,site\nPS01,Seoul\nPS02,seoul\nPS03,\uc11c\uc6b8\nPS04,\u1109\u1165\u110b\u116e\u11af\n');
    expect(r.servers.map((s) => s.site)).toEqual(['Seoul', 'Seoul', '서울', '서울']);
  });

  it('rejects a server name with a control character', () => {
    const padding = Array.from({ length: 20 }, (_, i) => `an-ordinary-process-server-${i}`);
    const r = read(['name', '"PS\u001b]0;owned\u0007"', ...padding].join('\n'));
    expect(r.rejected).toMatchObject([{ line: 2, code: 'name-control-chars' }]);
    expect(serverRejectTextEn(r.rejected[0]!)).toContain("'PS\\x1b]0;owned\\x07'");
  });
});
