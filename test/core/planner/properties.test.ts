import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Machine, Plan, PlanSettings } from '../../../src/core/model';
import { plan } from '../../../src/core/planner';
import { asrClassic } from '../../../src/core/rules/asr-classic';
import { tierCapacity } from '../../../src/core/capacity';
import { smallestFittingTier, tierById } from '../../../src/core/rules/tiers';

const churnArb = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 30, noNaN: true }) },
  { weight: 3, arbitrary: fc.double({ min: 30, max: 400, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: 400, max: 2600, noNaN: true }) },
);

const inventoryArb = (opts: { maxMachines: number; churn?: fc.Arbitrary<number>; groups?: boolean }) =>
  fc
    .record({
      sites: fc.constantFrom([''], ['a'], ['a', 'b'], ['x', 'y', 'z']),
      rows: fc.array(
        fc.record({
          churn: opts.churn ?? churnArb,
          site: fc.nat(2),
          group: opts.groups === false ? fc.constant(-1) : fc.integer({ min: -6, max: 3 }),
          copies: fc.integer({ min: 1, max: 40 }),
        }),
        { maxLength: opts.maxMachines },
      ),
    })
    .map(({ sites, rows }) =>
      rows.flatMap((r, i): Machine[] =>
        Array.from({ length: r.copies }, (_, k) => ({
          name: `m${i}-${k}`,
          dailyChurnGB: r.churn,
          site: sites[r.site % sites.length]!,
          group: r.group >= 0 ? `g${r.group}` : '',
        })),
      ),
    );

const settingsArb: fc.Arbitrary<PlanSettings> = fc.record({
  multiplier: fc.double({ min: 0.5, max: 3, noNaN: true }),
  growthPercent: fc.integer({ min: 0, max: 100 }),
  headroomPercent: fc.oneof(fc.constant(100), fc.constant(70), fc.integer({ min: 50, max: 100 })),
  useConfigServerPs: fc.boolean(),
  configSite: fc.constant(null),
  strategy: fc.constantFrom('fewest-servers' as const, 'least-vcpu' as const),
  ruleSet: fc.constant('asr-classic'),
});

// The lower bound, recomputed here from SIZING §5–6 rather than read from the plan.
function independentLowerBound(machines: Machine[], s: PlanSettings, configSite: string): Map<string, number> {
  const f = s.multiplier * (1 + s.growthPercent / 100);
  const top = tierCapacity(tierById(asrClassic, 'PS-12')!, s.headroomPercent);
  const items = new Map<string, { site: string; m: number; c: number }>();
  machines.forEach((m, i) => {
    const key = m.group ? `${m.site}/${m.group}` : `#${i}`;
    const it = items.get(key) ?? { site: m.site, m: 0, c: 0 };
    it.m++;
    it.c += m.dailyChurnGB * f;
    items.set(key, it);
  });
  const out = new Map<string, number>();
  const load = new Map<string, { m: number; c: number; dedicated: number }>();
  for (const it of items.values()) {
    const l = load.get(it.site) ?? { m: 0, c: 0, dedicated: 0 };
    load.set(it.site, l);
    if (it.c > 2048 || it.m > 225) continue;
    if (it.m > top.machines || it.c > top.churnGBPerDay * (1 + 1e-9)) l.dedicated++;
    else {
      l.m += it.m;
      l.c += it.c;
    }
  }
  for (const [site, l] of load) {
    const share = s.useConfigServerPs && site === configSite;
    const overM = l.m - (share ? Math.floor((200 * s.headroomPercent) / 100 + 1e-9) : 0);
    const overC = l.c - (share ? (2048 * s.headroomPercent) / 100 : 0);
    const need = Math.max(
      overM > 0 ? Math.ceil(overM / top.machines - 1e-9) : 0,
      overC > 0 ? Math.ceil(overC / top.churnGBPerDay - 1e-9) : 0,
    );
    out.set(site, l.dedicated + need);
  }
  return out;
}

function checkInvariants(machines: Machine[], s: PlanSettings, p: Plan): void {
  const byName = new Map(machines.map((m) => [m.name, m]));
  // Every accepted machine on exactly one server, or unplaced.
  const seen = [...p.servers.flatMap((x) => x.machines), ...p.unplaced.map((u) => u.machine)];
  expect(seen.length).toBe(machines.length);
  expect(new Set(seen).size).toBe(machines.length);
  expect(p.servers.filter((x) => x.role === 'configuration')).toHaveLength(1);
  const where = new Map<string, string>();
  for (const srv of p.servers) {
    const tier = tierById(asrClassic, srv.tier)!;
    const lim = srv.dedicated
      ? { machines: tier.maxMachines, churnGBPerDay: tier.maxChurnGBPerDay }
      : tierCapacity(tier, s.headroomPercent);
    // No server beyond its tier; the smallest tier that fits.
    expect(srv.machineCount).toBe(srv.machines.length);
    expect(srv.machineCount).toBeLessThanOrEqual(lim.machines);
    expect(srv.churnGBPerDay).toBeLessThanOrEqual(lim.churnGBPerDay * (1 + 1e-9) + 1e-9);
    if (!srv.dedicated) {
      const smallest = smallestFittingTier(
        asrClassic,
        srv.role,
        { machines: srv.machineCount, churnGBPerDay: srv.churnGBPerDay },
        s.headroomPercent,
      );
      expect(smallest?.id).toBe(srv.tier);
    }
    for (const name of srv.machines) {
      const m = byName.get(name)!;
      // Sites never mix.
      expect(m.site).toBe(srv.site);
      where.set(name, srv.id);
    }
  }
  // Groups are never split.
  const groupHome = new Map<string, Set<string>>();
  for (const m of machines) {
    if (!m.group) continue;
    const key = `${m.site}/${m.group}`;
    const homes = groupHome.get(key) ?? new Set<string>();
    homes.add(where.get(m.name) ?? 'unplaced');
    groupHome.set(key, homes);
  }
  for (const homes of groupHome.values()) expect(homes.size).toBe(1);
  // Never below the lower bound, per site.
  const lb = independentLowerBound(machines, s, p.settings.configSite!);
  for (const site of p.sites) {
    expect(site.lowerBound).toBe(lb.get(site.site));
    expect(site.scaleOutServers).toBe(p.servers.filter((x) => x.role === 'scale-out' && x.site === site.site).length);
    expect(site.scaleOutServers).toBeGreaterThanOrEqual(site.lowerBound);
  }
}

describe('planner invariants on random inventories (fast-check)', () => {
  it('places every machine once, within tiers, keeps groups and sites, never beats the bound', () => {
    fc.assert(
      fc.property(inventoryArb({ maxMachines: 25 }), settingsArb, (machines, s) => {
        checkInvariants(machines, s, plan(machines, s));
      }),
      { numRuns: 300 },
    );
  });

  it('meets the lower bound exactly on inventories of small machines (fewest-servers)', () => {
    fc.assert(
      fc.property(
        inventoryArb({ maxMachines: 40, churn: fc.double({ min: 0, max: 5, noNaN: true }), groups: false }),
        settingsArb.map((s) => ({ ...s, strategy: 'fewest-servers' as const })),
        (machines, s) => {
          const p = plan(machines, s);
          checkInvariants(machines, s, p);
          for (const site of p.sites) expect(site.scaleOutServers).toBe(site.lowerBound);
        },
      ),
      { numRuns: 300 },
    );
  });
});
