import fc from 'fast-check';
import { expect } from 'vitest';
import type { Machine, Plan, PlanSettings } from '../../../src/core/model';
import type { RuleSet, Tier } from '../../../src/core/rules/rule-set';

/*
 * The planner invariants every rule set must keep (src/core/rules/README.md), checked from the rule
 * set's data alone: nothing here calls the planner's helpers (tiers, capacity, lower bound), so a
 * mistake there can't hide itself. Headroom, the lower bound and "smallest tier" are recomputed
 * from docs/rules.md#adjustments, #objective, #lower-bound and #modernized-architecture.
 */

const churnArb = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 30, noNaN: true }) },
  { weight: 3, arbitrary: fc.double({ min: 30, max: 400, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: 400, max: 2600, noNaN: true }) },
);

/** Random inventories: 1–3 sites, groups, copies of a row; churn mostly small, some beyond any server. */
export const inventoryArb = (opts: { maxMachines: number; churn?: fc.Arbitrary<number>; groups?: boolean }) =>
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

/** Random settings under a rule set, its unused options set at random too (the planner must ignore them). */
export const settingsArb = (ruleSet: string): fc.Arbitrary<PlanSettings> =>
  fc.record({
    multiplier: fc.double({ min: 0.5, max: 3, noNaN: true }),
    growthPercent: fc.integer({ min: 0, max: 100 }),
    headroomPercent: fc.oneof(fc.constant(100), fc.constant(70), fc.integer({ min: 50, max: 100 })),
    churnRatePercent: fc.constant(null),
    useConfigServerPs: fc.boolean(),
    configSite: fc.constant(null),
    strategy: fc.constantFrom('fewest-servers' as const, 'least-vcpu' as const),
    ruleSet: fc.constant(ruleSet),
  });

const EPS = 1e-9;
const scaled = (t: Tier, h: number) => ({ m: Math.floor((t.maxMachines * h) / 100 + EPS), c: (t.maxChurnGBPerDay * h) / 100 });
const within = (m: number, c: number, lim: { m: number; c: number }) => m <= lim.m && c <= lim.c * (1 + EPS) + EPS;
const tiersOfRole = (rules: RuleSet, role: string) => rules.tiers.filter((t) => t.role === role).sort((a, b) => a.vcpu - b.vcpu);

/** Machines and churn per item (a lone machine, or a site's group), from the inventory. */
function items(machines: readonly Machine[], s: PlanSettings) {
  const f = s.multiplier * (1 + s.growthPercent / 100);
  const out = new Map<string, { site: string; m: number; c: number }>();
  machines.forEach((m, i) => {
    const key = m.group ? `${m.site}/${m.group}` : `#${i}`;
    const it = out.get(key) ?? { site: m.site, m: 0, c: 0 };
    it.m++;
    it.c += m.dailyChurnGB * f;
    out.set(key, it);
  });
  return [...out.values()];
}

/** The lower bound per site (docs/rules.md#lower-bound, docs/rules.md#appliance-objective-and-lower-bound), dedicated items one each, from the data. */
export function independentLowerBound(rules: RuleSet, machines: readonly Machine[], s: PlanSettings, builtInSite: string | null) {
  const scaling = tiersOfRole(rules, rules.scaling.role);
  const top = scaling[scaling.length - 1]!;
  const cap = scaled(top, s.headroomPercent);
  const load = new Map<string, { m: number; c: number; dedicated: number }>();
  for (const it of items(machines, s)) {
    const l = load.get(it.site) ?? { m: 0, c: 0, dedicated: 0 };
    load.set(it.site, l);
    if (it.c > top.maxChurnGBPerDay || it.m > top.maxMachines) continue;
    if (!within(it.m, it.c, cap)) l.dedicated++;
    else {
      l.m += it.m;
      l.c += it.c;
    }
  }
  const out = new Map<string, number>();
  const share = rules.builtIn?.share;
  for (const [site, l] of load) {
    const here = share && s.useConfigServerPs && site === builtInSite;
    const overM = l.m - (here ? Math.floor((share.machines.value * s.headroomPercent) / 100 + EPS) : 0);
    const overC = l.c - (here ? (share.churnGBPerDay.value * s.headroomPercent) / 100 : 0);
    const need = Math.max(overM > 0 ? Math.ceil(overM / cap.m - EPS) : 0, overC > 0 ? Math.ceil(overC / cap.c - EPS) : 0);
    out.set(site, l.dedicated + need);
  }
  return out;
}

/** Every invariant of the contract on one plan. */
export function checkContract(rules: RuleSet, machines: readonly Machine[], s: PlanSettings, p: Plan): void {
  const h = p.settings.headroomPercent;
  const byName = new Map(machines.map((m) => [m.name, m]));
  // Each accepted machine on exactly one server, or unplaced.
  const seen = [...p.servers.flatMap((x) => x.machines), ...p.unplaced.map((u) => u.machine)];
  expect(seen.length).toBe(machines.length);
  expect(new Set(seen).size).toBe(machines.length);
  // The topology the data says: one built-in server (when there is one), the rest of the scaling role, named by its prefix.
  expect(p.ruleSet).toBe(rules.id);
  expect(p.servers.filter((x) => x.role === rules.builtIn?.role && x.id === rules.builtIn.id)).toHaveLength(rules.builtIn ? 1 : 0);
  const scalingServers = p.servers.filter((x) => x.role === rules.scaling.role);
  expect(scalingServers.length).toBe(p.servers.length - (rules.builtIn ? 1 : 0));
  for (const x of scalingServers) expect(x.id).toMatch(new RegExp(`^${rules.scaling.idPrefix}\\d{2,}$`));
  const where = new Map<string, string>();
  for (const srv of p.servers) {
    const tier = rules.tiers.find((t) => t.id === srv.tier)!;
    expect(tier.role).toBe(srv.role);
    // Within limits at this headroom (a dedicated server: within the published ones, one item only).
    const lim = srv.dedicated ? { m: tier.maxMachines, c: tier.maxChurnGBPerDay } : scaled(tier, h);
    expect(srv.machineCount).toBe(srv.machines.length);
    expect(within(srv.machineCount, srv.churnGBPerDay, lim), `${srv.id} within ${tier.id} at ${h} %`).toBe(true);
    // The smallest tier of its role that holds its load.
    if (!srv.dedicated) {
      const smallest = tiersOfRole(rules, srv.role).find((t) => within(srv.machineCount, srv.churnGBPerDay, scaled(t, h)));
      expect(smallest?.id, srv.id).toBe(srv.tier);
    }
    for (const name of srv.machines) {
      // Sites never mix.
      expect(byName.get(name)!.site).toBe(srv.site);
      where.set(name, srv.id);
    }
  }
  // Groups are never split.
  const groupHome = new Map<string, Set<string>>();
  for (const m of machines) {
    if (!m.group) continue;
    const key = `${m.site}/${m.group}`;
    groupHome.set(key, (groupHome.get(key) ?? new Set<string>()).add(where.get(m.name) ?? 'unplaced'));
  }
  for (const homes of groupHome.values()) expect(homes.size).toBe(1);
  // Unplaced items are exactly those over the largest scaling tier's published limits.
  const scaling = tiersOfRole(rules, rules.scaling.role);
  const top = scaling[scaling.length - 1]!;
  const overTop = items(machines, p.settings).filter((it) => it.c > top.maxChurnGBPerDay || it.m > top.maxMachines);
  expect(p.unplaced.length).toBe(overTop.reduce((n, it) => n + it.m, 0));
  // Never below the lower bound, per site; the bound is the independent one.
  const lb = independentLowerBound(rules, machines, p.settings, p.settings.configSite);
  for (const site of p.sites) {
    expect(site.lowerBound, site.site).toBe(lb.get(site.site));
    expect(site.scaleOutServers).toBe(scalingServers.filter((x) => x.site === site.site).length);
    expect(site.scaleOutServers).toBeGreaterThanOrEqual(site.lowerBound);
  }
}
