import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../support/run-cli';

/*
 * plan --rule-set (issue 11, item 6). Expected figures worked out by hand from docs/rules.md#modernized-architecture:
 * two-sites.csv is Seoul 260 machines × 5 GB/day (1,300 GB/day) and Busan 40 machines (400 GB/day).
 */

const plan = (...args: string[]) => runCli('plan', [fixture('cli/two-sites.csv'), ...args]);

describe('plan --rule-set asr-modernized', () => {
  it('prints the appliance plan in exactly the JSON shape of the issue', () => {
    const r = plan('--rule-set', 'asr-modernized', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual([
      'documentId',
      'ruleSet',
      'settings',
      'summary',
      'servers',
      'unplaced',
      'rejected',
      'skipped',
      'warnings',
    ]);
    expect(doc.documentId).toMatch(/^ASR-[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(doc.ruleSet).toBe('asr-modernized');
    expect(doc.settings).toEqual({
      multiplier: 1,
      growthPercent: 0,
      headroomPercent: 100,
      useConfigServerPs: false,
      configSite: null,
      strategy: 'fewest-servers',
      ruleSet: 'asr-modernized',
    });
    // Seoul: ⌈260 / 200⌉ = 2 appliances; Busan: 1. Each APP-16: 16 vCPU, 32 GB, 1,024 GB.
    expect(doc.summary).toEqual({
      machines: 300,
      rejectedRows: 0,
      skippedRows: 0,
      unplacedMachines: 0,
      totalChurnGBPerDay: 1700,
      appliances: 3,
      lowerBound: 3,
      vaults: 1,
      totalVcpu: 48,
      totalMemoryGB: 96,
      totalCacheGB: 3072,
      bandwidthMbps: 161.19,
      // Issue 14: machines by where their churn came from (docs/inputs.md#churn-sources).
      churnSources: { measured: 300 },
    });
    expect(doc.servers.map((s: { id: string; site: string; machineCount: number }) => [s.id, s.site, s.machineCount])).toEqual([
      ['APP01', 'Busan', 40],
      ['APP02', 'Seoul', 130],
      ['APP03', 'Seoul', 130],
    ]);
    expect(Object.keys(doc.servers[0])).toEqual([
      'id',
      'role',
      'site',
      'tier',
      'vcpu',
      'memoryGB',
      'cacheGB',
      'machineCount',
      'churnGBPerDay',
      'machines',
    ]);
    expect(doc.servers[0]).toMatchObject({ role: 'appliance', tier: 'APP-16', vcpu: 16, memoryGB: 32, cacheGB: 1024, churnGBPerDay: 400 });
    expect(doc.servers[0].machines).toHaveLength(40);
  });

  it('sizes at headroom: ⌊200 × 0.7⌋ = 140 machines and 1,433.6 GB/day per appliance', () => {
    const doc = JSON.parse(plan('--rule-set', 'asr-modernized', '--headroom', '70', '--json').stdout);
    expect(doc.summary).toMatchObject({ appliances: 3, lowerBound: 3 });
    for (const s of doc.servers) expect(s.machineCount).toBeLessThanOrEqual(140);
  });

  it('prints a readable report with the appliances, the vault and the order of registration', () => {
    const r = plan('--rule-set', 'asr-modernized');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Replication appliance plan for');
    expect(r.stdout).toContain('Replication appliances: 3 (lower bound 3)');
    expect(r.stdout).toContain('Recovery Services vaults: 1 (new, for this architecture only; at most 250 appliances each)');
    expect(r.stdout).toContain('Microsoft’s minimum hardware — 8 cores, 16 GB RAM');
    expect(r.stdout).toContain('Register the appliances one at a time, in the order listed');
    expect(r.stdout).toMatch(/APP01\s+appliance\s+Busan\s+APP-16/);
    expect(r.stdout).toContain('This site’s 260 machines with 1,300 GB/day of churn need at least 2 appliances');
    expect(r.stdout).not.toMatch(/configuration server|built-in/i);
  });

  it.each([
    [['--no-config-server-ps'], '--no-config-server-ps does not apply to rule set asr-modernized: it has no configuration server'],
    [['--config-site', 'Seoul'], '--config-site does not apply to rule set asr-modernized: it has no configuration server'],
    [
      ['--strategy', 'least-vcpu'],
      '--strategy least-vcpu does not apply to rule set asr-modernized: every server is one size (APP-16), so the fewest servers are also the least vCPU',
    ],
  ])('refuses %j with exit 2 and the reason', (args, message) => {
    const r = plan('--rule-set', 'asr-modernized', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`plan: ${message}`);
  });

  it('accepts --strategy fewest-servers, which is what it does', () => {
    expect(plan('--rule-set', 'asr-modernized', '--strategy', 'fewest-servers', '--json').code).toBe(0);
  });
});

describe('plan --rule-set, other cases', () => {
  it('asr-classic is the default, and naming it changes nothing', () => {
    const byDefault = plan('--json');
    expect(JSON.parse(byDefault.stdout).settings.ruleSet).toBe('asr-classic');
    expect(plan('--json', '--rule-set=asr-classic').stdout).toBe(byDefault.stdout);
  });

  it('refuses an unknown rule set with exit 2, naming the ones there are', () => {
    const r = plan('--rule-set', 'asr-2021');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: --rule-set is asr-classic or asr-modernized, got "asr-2021"/);
  });

  it('rebalance refuses --rule-set: a running deployment is a classic one', () => {
    const r = runCli('rebalance', [fixture('cli/two-sites.csv'), '--rule-set', 'asr-modernized']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--rule-set applies to plan, not to rebalance/);
  });
});
