import type { Machine } from '../../src/core/model';

/*
 * An independent check of an asr-modernized plan, written from docs/rules.md#modernized-architecture alone (no planner code):
 * one appliance size (200 machines, 2,048 GB/day at 100 %; ⌊200h⌋ and 2,048h at headroom h),
 * sites never mixed, groups whole, items over an appliance unplaced, items over the headroom-scaled
 * limits on an appliance of their own, 250 appliances per vault. It takes the plan as `plan --json`
 * publishes it.
 */

const APPLIANCE = { machines: 200, churn: 2048, vcpu: 16, memoryGB: 32, cacheGB: 1024 };
const PER_VAULT = 250;
const PEAK_MBPS = 54;
const EPS = 1e-9;
// Published churn is rounded to 3 decimals.
const ROUNDING = 5e-4;

/** What `plan --json` prints for asr-modernized, as far as this check reads it. */
export interface PublishedAppliancePlanJson {
  ruleSet: string;
  settings: { multiplier: number; growthPercent: number; headroomPercent: number };
  summary: Record<string, number>;
  servers: {
    id: string;
    role: string;
    site: string;
    tier: string;
    vcpu: number;
    memoryGB: number;
    cacheGB: number;
    machineCount: number;
    churnGBPerDay: number;
    machines: string[];
  }[];
  unplaced: { machine: string; site: string }[];
  warnings: { code: string; params: Record<string, string | number> }[];
}

interface Item {
  site: string;
  group: string;
  names: string[];
  churn: number;
}

function itemsOf(machines: readonly Machine[], factor: number): Item[] {
  const out = new Map<string, Item>();
  machines.forEach((m, i) => {
    const key = m.group ? `g\u0000${m.site}\u0000${m.group}` : `m\u0000${i}`;
    const it = out.get(key) ?? { site: m.site, group: m.group, names: [], churn: 0 };
    it.names.push(m.name);
    it.churn += m.dailyChurnGB * factor;
    out.set(key, it);
  });
  return [...out.values()];
}

/** Per site: the appliance count the plan should meet, and whether the site is an estate of small machines. */
export interface SiteReference {
  lowerBound: number;
  /** Every item a lone machine under a tenth of the scaled limits: the lower bound must be met exactly. */
  small: boolean;
}

/**
 * Checks `doc` against the rules; returns the reference per site. Throws (with the reason) on the
 * first broken rule, so a test can report which inventory broke which rule.
 */
export function checkAppliancePlan(machines: readonly Machine[], doc: PublishedAppliancePlanJson): Map<string, SiteReference> {
  const fail = (what: string) => {
    throw new Error(what);
  };
  const { multiplier, growthPercent, headroomPercent: h } = doc.settings;
  const cap = { machines: Math.floor((APPLIANCE.machines * h) / 100 + EPS), churn: (APPLIANCE.churn * h) / 100 };
  const items = itemsOf(machines, multiplier * (1 + growthPercent / 100));
  // A name is unique within its site (the same name in two sites is two machines).
  const key = (site: string, name: string) => `${site}\u0000${name}`;
  const home = new Map<string, string>();
  for (const s of doc.servers) {
    if (
      s.role !== 'appliance' ||
      s.tier !== 'APP-16' ||
      s.vcpu !== APPLIANCE.vcpu ||
      s.memoryGB !== APPLIANCE.memoryGB ||
      s.cacheGB !== APPLIANCE.cacheGB
    )
      fail(`${s.id} is not an APP-16 appliance`);
    if (s.machines.length !== s.machineCount) fail(`${s.id} lists ${s.machines.length} machines, counts ${s.machineCount}`);
    for (const n of s.machines) {
      if (home.has(key(s.site, n))) fail(`${n} of site "${s.site}" is on ${home.get(key(s.site, n))} and ${s.id}`);
      home.set(key(s.site, n), s.id);
    }
  }
  const unplaced = new Set(doc.unplaced.map((u) => key(u.site, u.machine)));
  if (unplaced.size !== doc.unplaced.length) fail('a machine is listed twice as unplaced');
  const bySite = new Map<string, { machines: number; churn: number; dedicated: number; small: boolean }>();
  const server = new Map(doc.servers.map((s) => [s.id, s]));
  for (const it of items) {
    const site = bySite.get(it.site) ?? { machines: 0, churn: 0, dedicated: 0, small: true };
    bySite.set(it.site, site);
    const where = new Set(it.names.map((n) => home.get(key(it.site, n)) ?? (unplaced.has(key(it.site, n)) ? 'unplaced' : 'nowhere')));
    if (where.size !== 1) fail(`item ${it.group || it.names[0]} is split over ${[...where].join(', ')}`);
    const at = [...where][0]!;
    if (at === 'nowhere') fail(`${it.names[0]} is on no appliance and not unplaced`);
    const over = it.names.length > APPLIANCE.machines || it.churn > APPLIANCE.churn;
    if (over !== (at === 'unplaced'))
      fail(`${it.group || it.names[0]} (${it.names.length} machines, ${it.churn} GB/day) unplaced: ${at === 'unplaced'}`);
    if (over) continue;
    const s = server.get(at)!;
    if (s.site !== it.site) fail(`${it.names[0]} of site "${it.site}" is on ${s.id} of site "${s.site}"`);
    const dedicated = it.names.length > cap.machines || it.churn > cap.churn * (1 + EPS) + EPS;
    if (dedicated) {
      site.dedicated++;
      if (s.machineCount !== it.names.length) fail(`${s.id} holds a dedicated item and ${s.machineCount - it.names.length} more machines`);
      if (!doc.warnings.some((w) => w.code === 'dedicated-server' && w.params.item === (it.group || it.names[0])))
        fail(`no dedicated-server warning for ${it.group || it.names[0]}`);
    } else {
      site.machines += it.names.length;
      site.churn += it.churn;
      if (it.names.length > 1 || it.churn > cap.churn / 10) site.small = false;
    }
  }
  // Within the headroom-scaled limits, unless an appliance holds one dedicated item (checked above).
  for (const s of doc.servers) {
    const single = items.find((it) => it.names.length === s.machineCount && it.names.every((n) => home.get(key(it.site, n)) === s.id));
    const dedicated = single && (single.names.length > cap.machines || single.churn > cap.churn * (1 + EPS) + EPS);
    const lim = dedicated ? { machines: APPLIANCE.machines, churn: APPLIANCE.churn } : cap;
    if (s.machineCount > lim.machines || s.churnGBPerDay > lim.churn * (1 + EPS) + ROUNDING)
      fail(`${s.id}: ${s.machineCount} machines, ${s.churnGBPerDay} GB/day over ${lim.machines}, ${lim.churn}`);
  }
  const refs = new Map<string, SiteReference>();
  for (const [site, l] of bySite) {
    const lb = l.dedicated + Math.max(Math.ceil(l.machines / cap.machines - EPS), Math.ceil(l.churn / cap.churn - EPS));
    refs.set(site, { lowerBound: lb, small: l.small });
    const count = doc.servers.filter((s) => s.site === site).length;
    if (count < lb) fail(`site "${site}": ${count} appliances, below the lower bound ${lb}`);
    if (l.small && count !== lb) fail(`site "${site}" of small machines: ${count} appliances, lower bound ${lb}`);
  }
  const n = doc.servers.length;
  const sum = doc.summary;
  const lbTotal = [...refs.values()].reduce((t, r) => t + r.lowerBound, 0);
  const expected = {
    appliances: n,
    lowerBound: lbTotal,
    vaults: Math.ceil(n / PER_VAULT),
    totalVcpu: n * APPLIANCE.vcpu,
    totalMemoryGB: n * APPLIANCE.memoryGB,
    totalCacheGB: n * APPLIANCE.cacheGB,
    unplacedMachines: unplaced.size,
    machines: machines.length,
  };
  for (const [k, v] of Object.entries(expected)) if (sum[k] !== v) fail(`summary.${k} is ${sum[k]}, expected ${v}`);
  for (const m of machines)
    if (
      m.peakChurnMBps !== undefined &&
      m.peakChurnMBps > PEAK_MBPS &&
      !doc.warnings.some((w) => w.code === 'peak-churn-over-limit' && w.params.machine === m.name)
    )
      fail(`no peak warning for ${m.name}`);
  return refs;
}
