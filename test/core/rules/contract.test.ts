import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Machine } from '../../../src/core/model';
import { planJson } from '../../../src/io/documents';
import { planDocument } from '../../../src/core/plan-document';
import { plan } from '../../../src/core/planner';
import { registerRuleSet, ruleSetById, ruleSetIds } from '../../../src/core/rules/registry';
import { effectiveSettings } from '../../../src/core/settings';
import { translator, type MessageKey } from '../../../src/i18n/catalogue';
import { planContext } from '../../../src/i18n/plan-context';
import { formatPlan } from '../../../src/cli/format-plan';
import { checkContract, inventoryArb, settingsArb } from '../../support/rules/contract-checks';
import { twoSizes } from '../../support/rules/two-sizes';

// The one registry line a new rule set needs (src/core/rules/README.md).
registerRuleSet(twoSizes);

/*
 * The contract of a rule set (src/core/rules/README.md), table-driven over every registered rule
 * set, the test-only `test-two-sizes` included: placed once or unplaced, within limits at every
 * headroom, groups whole, sites unmixed, smallest fitting tier, count ≥ lower bound and = lower
 * bound on estates of small machines, deterministic, explained in both languages.
 */

const say = (lang: 'en' | 'ko', kind: string, params: object) =>
  (translator(lang) as (k: MessageKey, p: object) => string)(`why.${kind}` as MessageKey, params);

describe.each(ruleSetIds())('rule set %s keeps the planner contract', (id) => {
  const rules = ruleSetById(id);

  it('places every machine once, within its tier at any headroom, keeps groups and sites, never beats the bound', () => {
    fc.assert(
      fc.property(inventoryArb({ maxMachines: 25 }), settingsArb(id), (machines, s) => {
        const p = plan(machines, s);
        expect(p.settings).toEqual({ ...effectiveSettings(s, rules), configSite: p.settings.configSite });
        checkContract(rules, machines, s, p);
      }),
      { numRuns: 200 },
    );
  });

  it('meets the lower bound exactly on estates of small machines (fewest servers)', () => {
    fc.assert(
      fc.property(
        inventoryArb({ maxMachines: 40, churn: fc.double({ min: 0, max: 5, noNaN: true }), groups: false }),
        settingsArb(id).map((s) => ({ ...s, strategy: 'fewest-servers' as const })),
        (machines, s) => {
          const p = plan(machines, s);
          checkContract(rules, machines, s, p);
          for (const site of p.sites) expect(site.scaleOutServers, site.site).toBe(site.lowerBound);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same input gives the same bytes', () => {
    fc.assert(
      fc.property(inventoryArb({ maxMachines: 30 }), settingsArb(id), (machines, s) => {
        const once = planJson(planDocument(plan(machines, s), machines.length, []));
        const twice = planJson(planDocument(plan([...machines], { ...s }), machines.length, []));
        expect(twice).toBe(once);
      }),
      { numRuns: 50 },
    );
  });

  it('explains every site in English and Korean, naming its own servers', () => {
    fc.assert(
      fc.property(inventoryArb({ maxMachines: 25 }), settingsArb(id), (machines: Machine[], s) => {
        const p = plan(machines, s);
        for (const site of p.sites)
          for (const d of site.drivers)
            for (const lang of ['en', 'ko'] as const) {
              const text = say(lang, d.kind, { ...d, ...planContext(id) });
              expect(text).not.toMatch(/undefined|NaN|null|\[object/);
              if (lang === 'ko') expect(text).toMatch(/[\uAC00-\uD7AF]/);
            }
      }),
      { numRuns: 100 },
    );
  });

  it('provides what the contract asks of its data', () => {
    expect(rules.tiers.some((t) => t.role === rules.scaling.role)).toBe(true);
    if (rules.builtIn) expect(rules.tiers.some((t) => t.role === rules.builtIn!.role)).toBe(true);
    if (rules.documentFormat === 'appliances') expect(rules.serversPerVault).toBeDefined();
    if (rules.successor) expect(ruleSetIds()).toContain(rules.successor);
    for (const t of rules.tiers) expect(t.vcpu).toBe(t.sockets * t.coresPerSocket);
    expect(rules.names.en).not.toBe('');
    expect(rules.names.ko).toMatch(/[\uAC00-\uD7AF]/);
  });
});

describe('the test-only rule set', () => {
  // `n` machines of 3 GB/day, alternating between `sites`, planned under the test-only rule set.
  const planned = (n: number, sites: string[], strategy: 'fewest-servers' | 'least-vcpu') => {
    const machines = Array.from({ length: n }, (_, i) => ({ name: `vm-${i}`, dailyChurnGB: 3, site: sites[i % sites.length]!, group: '' }));
    return planDocument(plan(machines, { ...DEFAULT_SETTINGS, strategy, ruleSet: 'test-two-sizes' }), machines.length, []);
  };

  it('is planned with its own tiers, prefix and vaults, and published in its format', () => {
    const doc = planned(700, [''], 'fewest-servers');
    // 700 machines: ⌈700 / 130⌉ = 6 RA-L-sized servers, the last one shrunk where it can be.
    expect(doc.summary.scaleOutServers).toBe(6);
    expect(doc.summary.vaults).toBe(2);
    expect(doc.servers.map((x) => x.id)).toEqual(['RA01', 'RA02', 'RA03', 'RA04', 'RA05', 'RA06']);
    const published = JSON.parse(planJson(doc)) as { summary: object; settings: object };
    expect(Object.keys(published.summary)).toContain('appliances');
    expect(published.settings).toMatchObject({ useConfigServerPs: false, configSite: null, ruleSet: 'test-two-sizes' });
  });

  it('gets a readable CLI report in its own words', () => {
    const report = formatPlan(planned(200, ['Seoul', 'Busan'], 'least-vcpu'), 'estate.csv');
    expect(report).toContain('Replication appliance plan for estate.csv (rule set test-two-sizes)');
    expect(report).toContain('Settings: multiplier 1×, growth 0 %, headroom 100 %, strategy least-vcpu');
    expect(report).toContain('Replication appliances: 4 (lower bound 2)');
    expect(report).toContain('Recovery Services vaults: 1 (new, for this architecture only; at most 5 appliances each)');
    expect(report).toContain('Register the appliances one at a time, in the order listed');
    expect(report).toMatch(
      /Why site Seoul needs 2 appliances:\n {2}- This site’s 100 machines with 300 GB\/day of churn need at least 1 appliance/,
    );
    expect(report).not.toMatch(/configuration server|built-in/i);
  });
});
