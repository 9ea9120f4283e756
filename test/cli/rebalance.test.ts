import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { RebalanceDocument } from '../../src/io/documents/rebalance-document';
import { fixture, ROOT, runCli } from '../support/run-cli';

const rebalanceJson = (inventory: string, ...args: string[]) => {
  const r = runCli('rebalance', [inventory, '--json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as RebalanceDocument;
};
const small = () => rebalanceJson(fixture('rebalance/small.csv'), '--servers', fixture('rebalance/small-servers.csv'));

// Expected figures below were worked out by hand from docs/rules.md#health and the README's rebalancing rules.
describe('rebalance command on fixture files', () => {
  it('health per server: status (over a limit is a warning, nothing measured is its own state), worst signal, alerts with the guide’s actions in plain words', () => {
    const doc = small();
    expect(doc.servers.map((s) => [s.id, s.role, s.tier, s.status, s.worstSignal, s.overLimits, s.roleAssumed])).toEqual([
      ['CS', 'configuration', 'CS-16', 'healthy', null, [], false],
      ['PS01', 'scale-out', 'PS-4', 'warning', null, ['churn'], false], // 260 GB/day on a PS-4 (250), figures all fine
      ['PS02', 'scale-out', 'PS-8', 'critical', 'cacheFree', [], false],
      ['PS03', 'scale-out', 'PS-8', 'warning', 'memory', [], false],
      ['PS04', 'scale-out', 'PS-12', 'warning', 'serviceDown', [], false],
      ['PS05', 'scale-out', 'PS-4', 'not-measured', null, [], true], // only in the inventory
    ]);
    const ps2 = doc.servers[2]!;
    expect(ps2.alerts).toEqual([expect.objectContaining({ signal: 'cacheFree', level: 'critical', value: 22, threshold: 25 })]);
    expect(ps2.alerts[0]!.actions).toContain('Don’t add new machines to this process server.');
    expect(ps2.alerts[0]!.actions).toContain('Consider setting up an additional (scale-out) process server.');
    expect(ps2.alerts[0]!.actionCodes).toEqual([
      'follow-alert-guidance',
      'dont-add-machines',
      'add-scale-out-server',
      'check-connectivity',
      'run-deployment-planner',
    ]);
    expect(doc.servers[4]!.alerts.map((a) => a.signal)).toEqual(['serviceDown', 'version']);
    expect(doc.servers[5]).toMatchObject({ inServerFile: false, tierMatch: 'assumed', site: 'Busan' });
    expect(doc.servers[5]!.assumptions.map((a) => a.code)).toEqual(['not-in-server-file', 'site-from-machines', 'tier-from-load']);
  });

  it('moves: the one machine that relieves PS01’s churn, two from critical PS02, the unassigned one; nothing from the others', () => {
    const doc = small();
    // PS01: 260 GB/day on a PS-4 (250): the quietest machine of at least 10 GB/day is a6 (20).
    // PS02: cache free 22 % → keep 70/78 of 10 machines and 100 GB/day → 8 machines, ≤ 89.7: two singles of 10.
    expect(doc.moves.map((m) => [m.from, m.churnGBPerDay])).toEqual([
      ['PS01', 20],
      ['PS02', 10],
      ['PS02', 10],
      ['', 3],
    ]);
    expect(doc.moves[0]).toMatchObject({
      machine: 'a6',
      site: 'Seoul',
      reason: 'PS01 is over its churn limit at 100 % headroom (260 of 250 GB/day for PS-4)',
    });
    expect(doc.moves[1]!.reason).toBe('PS02 is critical on cache free space (22 %): shedding load to keep 89.7 % of it');
    expect(doc.moves.filter((m) => m.from === 'PS02').every((m) => m.group === '')).toBe(true); // the erp group of 3 costs more
    expect(doc.moves[3]).toMatchObject({ machine: 'e1', from: '', reason: 'unassigned machine' });
    // Receivers: only CS and PS04 (PS03 warns on memory, PS02 is critical, PS05 is in Busan).
    expect(new Set(doc.moves.map((m) => m.to))).toEqual(new Set(['CS', 'PS04']));
    expect(doc.servers.map((s) => [s.id, s.before.machineCount, s.after.machineCount])).toEqual([
      ['CS', 2, 4],
      ['PS01', 6, 5],
      ['PS02', 10, 8],
      ['PS03', 3, 3],
      ['PS04', 2, 4],
      ['PS05', 1, 1],
    ]);
    expect(doc.summary).toMatchObject({
      machinesMoved: 4,
      churnMovedGBPerDay: 43,
      newServers: 0,
      unresolved: 0,
      healthy: 1,
      notMeasured: 1,
      warning: 3,
      critical: 1,
    });
    expect(doc.newServers).toEqual([]);
  });

  it('prints the JSON shape of the issue', () => {
    const doc = small();
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['servers', 'newServers', 'moves', 'summary']));
    for (const s of doc.servers) {
      expect(s).toMatchObject({
        id: expect.any(String),
        role: expect.any(String),
        site: expect.any(String),
        tier: expect.any(String),
        status: expect.stringMatching(/^(healthy|not-measured|warning|critical)$/),
      });
      expect(s.before).toMatchObject({ machineCount: expect.any(Number), churnGBPerDay: expect.any(Number) });
      expect(s.after).toMatchObject({ machineCount: expect.any(Number), churnGBPerDay: expect.any(Number) });
      for (const a of s.alerts)
        expect(a).toMatchObject({ signal: expect.any(String), level: expect.any(String), actions: expect.any(Array) });
    }
    for (const m of doc.moves)
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['machine', 'site', 'from', 'to', 'churnGBPerDay', 'reason']));
    expect(Object.keys(doc.summary)).toEqual(expect.arrayContaining(['machinesMoved', 'churnMovedGBPerDay', 'newServers']));
  });

  it('adds new scale-out servers when the existing ones can’t hold the load', () => {
    // 50 machines on a PS-4 at 50 % headroom (42): 8 must go, and no other server exists.
    const doc = rebalanceJson(
      fixture('rebalance/needs-new.csv'),
      '--servers',
      fixture('rebalance/needs-new-servers.csv'),
      '--headroom',
      '50',
    );
    expect(doc.newServers).toEqual([
      expect.objectContaining({ id: 'NEW01', site: '', tier: 'PS-4', vcpu: 4, memoryGB: 8, cacheGB: 300, machineCount: 8 }),
    ]);
    expect(doc.moves).toHaveLength(8);
    expect(doc.moves.every((m) => m.from === 'PS01' && m.to === 'NEW01')).toBe(true);
    expect(doc.moves[0]!.reason).toContain('over its machine limit at 50 % headroom (50 of 42 for PS-4)');
    expect(doc.summary.newServers).toBe(1);
  });

  it('a Korean semicolon server file: aliases, decimal commas, | lists, a rejected row with its line', () => {
    const doc = rebalanceJson(fixture('rebalance/korean.csv'), '--servers', fixture('rebalance/korean-servers.csv'));
    expect(doc.servers.map((s) => [s.id, s.site, s.status, s.worstSignal])).toEqual([
      ['PS01', '서울', 'critical', 'cpu'],
      ['PS02', '서울', 'warning', 'serviceDown'],
    ]);
    expect(doc.servers[1]!.alerts[0]!.services).toEqual(['tmansvc', 'cxprocessserver']);
    // CPU 96.5 % → keep floor(20 × 80/96.5) = 16 machines.
    expect(doc.moves).toHaveLength(4);
    expect(doc.rejected.servers).toEqual([
      expect.objectContaining({ line: 4, code: 'out-of-range', column: 'CPU 사용률 (%)', value: '150' }),
    ]);
    expect(doc.summary.rejectedServerRows).toBe(1);
  });

  it('without a server file: every server assumed, the assumption said', () => {
    const doc = rebalanceJson(fixture('rebalance/small.csv'));
    expect(doc.servers.every((s) => s.role === 'scale-out' && s.tierMatch === 'assumed')).toBe(true);
    expect(doc.notices.map((n) => n.code)).toContain('no-server-file');
    expect(doc.servers[0]!.assumptions[0]).toMatchObject({ code: 'no-server-file' });
  });

  it('the shipped sample: one scale-out server over its machine limit, one critical on cache space, the rest untouched', () => {
    const doc = rebalanceJson('public/samples/running-deployment.csv', '--servers', 'public/samples/running-deployment-servers.csv');
    expect(doc.summary.machines).toBeGreaterThanOrEqual(300);
    expect(doc.summary.machines).toBeLessThanOrEqual(600);
    const from = new Set(doc.moves.filter((m) => m.from).map((m) => m.from));
    expect(from).toEqual(new Set(['PS02', 'PS03']));
    const ps2 = doc.servers.find((s) => s.id === 'PS02')!;
    expect(ps2.before.machineCount).toBeGreaterThan(150);
    expect(ps2.after.machineCount).toBe(150); // exactly the excess moved
    expect(doc.servers.find((s) => s.id === 'PS03')).toMatchObject({ status: 'critical', worstSignal: 'cacheFree' });
    expect(doc.servers.find((s) => s.id === 'PS01')!.alerts.map((a) => a.signal)).toEqual(['version']);
    expect(doc.servers.find((s) => s.id === 'PS04')!.alerts.map((a) => a.signal)).toEqual(['serviceDown']);
    expect(doc.summary).toMatchObject({ newServers: 0, unresolved: 0 });
    for (const m of doc.moves) expect(doc.servers.find((s) => s.id === m.to)!.site).toBe(m.site);
  });

  it('prints a readable report without --json', () => {
    const r = runCli('rebalance', [fixture('rebalance/small.csv'), '--servers', fixture('rebalance/small-servers.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /PS02\s+scale-out\s+Seoul\s+PS-8\s+critical\s+cache free space 22 % \(< 25 %\)\s+sheds: load-critical\s+10 → 8/,
    );
    expect(r.stdout).toContain('From PS01: PS01 is over its churn limit');
    expect(r.stdout).toContain('1. Check that the process server’s required services are running');
    expect(r.stdout).toContain('PS05: PS05 is named in the inventory but not in the server file');
  });

  it('the readable report names the document id on its second line, the same id as --json', () => {
    const files = [fixture('rebalance/small.csv'), '--servers', fixture('rebalance/small-servers.csv')];
    const r = runCli('rebalance', files);
    expect(r.code).toBe(0);
    const id = (JSON.parse(runCli('rebalance', [...files, '--json']).stdout) as { documentId: string }).documentId;
    expect(id).toMatch(/^ASR-[0-9A-Z]{10}$/);
    expect(r.stdout.split('\n')[1]).toBe(`Document id ${id}`);
  });

  it('runs as documented: npm run --silent rebalance -- <file> --servers <file> --json prints exactly one JSON document', () => {
    const r = spawnSync(
      'npm',
      ['run', '--silent', 'rebalance', '--', fixture('rebalance/small.csv'), '--servers', fixture('rebalance/small-servers.csv'), '--json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).healthRuleSet).toBe('asr-classic-health');
  });
});

describe('rebalance command errors', () => {
  it.each([
    ['missing inventory', [fixture('rebalance/nope.csv')], /cannot read .*nope\.csv.*no such file/],
    ['missing server file', [fixture('rebalance/small.csv'), '--servers', fixture('rebalance/nope.csv')], /cannot read .*nope\.csv/],
    ['no processServer column and no server file', [fixture('rebalance/no-assignment.csv')], /no processServer column and no server file/],
    [
      'no valid server row',
      [fixture('rebalance/small.csv'), '--servers', fixture('rebalance/all-bad-servers.csv')],
      /no valid server row: all 2 data rows were rejected/,
    ],
    [
      'no name column in the server file',
      [fixture('rebalance/small.csv'), '--servers', fixture('rebalance/servers-no-name.csv')],
      /server name/,
    ],
    ['no valid machine row', [fixture('cli/all-invalid.csv')], /no valid machine row/],
  ])('exits 1 with one line for %s', (_, args, message) => {
    const r = runCli('rebalance', args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\s+at\s+\S+\s+\(/);
  });

  it('a server file alone is enough: machines without a process server are placed on it', () => {
    const doc = rebalanceJson(fixture('rebalance/no-assignment.csv'), '--servers', fixture('rebalance/needs-new-servers.csv'));
    expect(doc.moves.map((m) => [m.from, m.to])).toEqual([
      ['', 'PS01'],
      ['', 'PS01'],
    ]);
  });

  it.each([
    [['--headroom', '40'], /--headroom takes a number from 50 to 100/],
    [['--servers'], /--servers needs a value/],
    [['--strategy', 'least-vcpu'], /--strategy applies to plan, not to rebalance/],
    [['--no-config-server-ps'], /applies to plan/],
    [['--frobnicate'], /unknown option --frobnicate/],
  ])('exits 2 for bad options %j', (args, message) => {
    const r = runCli('rebalance', [fixture('rebalance/small.csv'), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
