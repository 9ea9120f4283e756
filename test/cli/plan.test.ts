import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { PublishedClassicPlan } from '../../src/io/documents';
import { fixture, ROOT, runCli } from '../support/run-cli';

const planJson = (file: string, ...args: string[]) => {
  const r = runCli('plan', [fixture(`cli/${file}`), '--json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as PublishedClassicPlan;
};
const tiers = (doc: PublishedClassicPlan) => doc.servers.map((s) => `${s.site}:${s.tier}:${s.machineCount}`);

// Expected plans below were worked out by hand from docs/rules.md#classic-architecture, not copied from the program.
describe('plan command on fixture files', () => {
  it('a 60-machine shop fits the built-in process server of a CS-8', () => {
    const doc = planJson('shop-60.csv');
    expect(tiers(doc)).toEqual([':CS-8:60']);
    expect(doc.summary).toMatchObject({
      machines: 60,
      rejectedRows: 0,
      scaleOutServers: 0,
      lowerBound: 0,
      totalVcpu: 8,
      totalMemoryGB: 16,
      totalCacheGB: 300,
      totalChurnGBPerDay: 405,
    });
    expect(doc.summary.bandwidthMbps).toBeCloseTo((405 * 8 * 1024) / 86400, 2);
  });

  it('two sites: CS-12 + PS-8 in the busiest site (16 vCPU less than any other 1-server line-up), PS-8 in the other', () => {
    const doc = planJson('two-sites.csv');
    expect(doc.settings.configSite).toBe('Seoul');
    const [cs, ...rest] = doc.servers;
    expect(cs).toMatchObject({ id: 'CS', role: 'configuration', site: 'Seoul', tier: 'CS-12', vcpu: 12, memoryGB: 18, cacheGB: 600 });
    expect(rest.map((s) => [s.id, s.site, s.tier, s.machineCount])).toEqual([
      ['PS01', 'Busan', 'PS-8', 40],
      ['PS02', 'Seoul', 'PS-8', 260 - cs!.machineCount],
    ]);
    expect(cs!.machineCount).toBeLessThanOrEqual(150);
    expect(260 - cs!.machineCount).toBeLessThanOrEqual(150);
    expect(doc.summary).toMatchObject({
      machines: 300,
      scaleOutServers: 2,
      lowerBound: 2,
      totalVcpu: 28,
      totalMemoryGB: 42,
      totalCacheGB: 1800,
    });
  });

  it('a messy Korean export: BOM, CRLF, semicolons, decimal commas, duplicates and bad numbers', () => {
    const doc = planJson('messy-korean.csv');
    expect(doc.summary.machines).toBe(5);
    expect(doc.rejected.map((r) => [r.line, r.code])).toEqual([
      [5, 'duplicate-name'],
      [6, 'name-empty'],
      [7, 'churn-not-number'],
      [8, 'churn-negative'],
      [9, 'churn-missing'],
    ]);
    expect(doc.rejected[2]).toMatchObject({ column: '데이터 변경률 (GB/일)', value: 'abc' });
    expect(doc.settings.configSite).toBe('서울');
    expect(doc.servers.map((s) => [s.site, s.tier, s.machines])).toEqual([
      ['서울', 'CS-16', ['웹서버01', '웹서버02', 'DB01']],
      ['부산', 'PS-8', ['앱04', '앱05']],
    ]);
    // 12,5 + 1.536 + 250,75 on the configuration server; 0,5 TB + 3,2 on the scale-out server
    expect(doc.servers[0]!.churnGBPerDay).toBeCloseTo(12.5 + 1536 + 250.75, 6);
    expect(doc.servers[1]!.churnGBPerDay).toBeCloseTo(512 + 3.2, 6);
  });

  it('a Deployment Planner-like export: the 2 TB rule forces one scale-out server, a 60 MB/s peak is flagged, and PS01 at 100 % is near its limit', () => {
    const doc = planJson('planner-export.csv');
    expect(doc.summary).toMatchObject({ machines: 181, scaleOutServers: 1, lowerBound: 1, totalVcpu: 24 });
    expect(doc.sites[0]!.drivers.map((d) => d.kind)).toEqual(['churn']);
    expect(doc.warnings).toEqual([
      expect.objectContaining({ code: 'peak-churn-over-limit', params: expect.objectContaining({ machine: 'bigsql' }) }),
      expect.objectContaining({
        code: 'near-limit',
        params: expect.objectContaining({ servers: 1, server: 'PS01', limit: 'churn', percent: 100, thresholdPercent: 90 }),
      }),
    ]);
  });

  it('applies settings: growth, headroom, multiplier, built-in off, strategy', () => {
    const doc = planJson(
      'shop-60.csv',
      '--growth',
      '30',
      '--headroom',
      '70',
      '--multiplier=2',
      '--no-config-server-ps',
      '--strategy',
      'least-vcpu',
    );
    expect(doc.settings).toEqual({
      multiplier: 2,
      growthPercent: 30,
      headroomPercent: 70,
      useConfigServerPs: false,
      configSite: '',
      strategy: 'least-vcpu',
      ruleSet: 'asr-classic',
    });
    expect(doc.summary.totalChurnGBPerDay).toBeCloseTo(405 * 2 * 1.3, 6);
    expect(doc.servers[0]).toMatchObject({ tier: 'CS-8', machineCount: 0 });
    // 1053 GB/day at 70 %: PS-4 holds 175, PS-8 716.8, PS-12 1433.6 → least vCPU is PS-8 + PS-4 … or more PS-4s
    const vcpu = doc.servers.reduce((n, s) => n + s.vcpu, 0);
    expect(vcpu).toBeLessThanOrEqual(8 + 12);
    for (const s of doc.servers) expect(s.utilisation.churn).toBeLessThanOrEqual(0.7 + 1e-9);
  });

  it('prints a readable report without --json', () => {
    const r = runCli('plan', [fixture('cli/two-sites.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Scale-out process servers: 2 (lower bound 2)');
    expect(r.stdout).toMatch(/CS\s+configuration\s+Seoul\s+CS-12/);
    expect(r.stdout).toContain('the 200-machine rule');
  });

  it('maps a column by header with --column', () => {
    const doc = planJson('planner-export.csv', '--column', 'site=Notes');
    expect(new Set(doc.servers.map((s) => s.site))).toEqual(new Set(['ok, fine', 'hot, "busy"']));
  });

  it('runs as documented: npm run --silent plan -- <file> --json prints exactly one JSON document', () => {
    const r = spawnSync('npm', ['run', '--silent', 'plan', '--', fixture('cli/shop-60.csv'), '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(JSON.parse(r.stdout).ruleSet).toBe('asr-classic');
  });
});

describe('plan command errors', () => {
  it.each([
    ['missing file', ['cli/nope.csv'], /cannot read .*nope\.csv.*no such file/],
    ['empty file', ['cli/empty.csv'], /empty/i],
    ['an Excel workbook', ['cli/workbook.xlsx'], /Excel|xlsx/i],
    ['no churn column', ['cli/no-churn.csv'], /churn/i],
    ['no valid row', ['cli/all-invalid.csv'], /no valid machine row: all 3 data rows were rejected/],
  ])('exits 1 with one line for %s', (_, args, message) => {
    const r = runCli(
      'plan',
      args.map((a) => fixture(a)),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\s+at\s+\S+\s+\(/); // no stack trace
  });

  it.each([
    [['--headroom', '40'], /--headroom takes a number from 50 to 100/],
    [['--strategy', 'cheapest'], /--strategy is fewest-servers or least-vcpu/],
    [['--frobnicate'], /unknown option --frobnicate/],
    [['--multiplier'], /--multiplier needs a value/],
    [['--config-site', 'Daegu'], /--config-site "Daegu" is not a site/],
    [['--column', 'colour=Site'], /--column takes field=Header/],
  ])('exits 2 for bad options %j', (args, message) => {
    const r = runCli('plan', [fixture('cli/two-sites.csv'), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 without a file', () => {
    expect(runCli('plan', []).code).toBe(2);
  });
});
