import { limitsOf, NO_LOAD, shareOf } from '../capacity';
import type { PlannedServer } from '../model';
import { type BuiltInServer, type RuleSet, type Tier, smallestFittingTier } from '../rules';
import type { Item } from './items';
import type { Bin } from './pack';

/** A server the planner filled: its site, tier, items and load. */
export interface Placed {
  site: string;
  tier: Tier;
  items: Item[];
  machines: number;
  churn: number;
  dedicated: boolean;
}

/** A packed bin as a placed server of `site`. */
export const fromBin = (b: Bin, site: string): Placed => ({
  site,
  tier: b.spec.tier,
  items: b.items,
  machines: b.machines,
  churn: b.churn,
  dedicated: false,
});

/** Biggest servers first (dedicated ones last), then by the input order of their first machine. */
export function sortServers(placed: Placed[]): Placed[] {
  const keyed = placed.map((p) => ({ p, first: p.items.reduce((m, i) => Math.min(m, i.order), Infinity) }));
  keyed.sort(
    (a, b) =>
      Number(a.p.dedicated) - Number(b.p.dedicated) ||
      b.p.tier.vcpu - a.p.tier.vcpu ||
      b.p.machines - a.p.machines ||
      b.p.churn - a.p.churn ||
      a.first - b.first,
  );
  return keyed.map((k) => k.p);
}

/**
 * The rule set's built-in server (classic: `CS`), standing in `site`: its bin when its built-in
 * process server replicates, else idle at the smallest tier of its role.
 */
export function builtInServer(
  rules: RuleSet,
  builtIn: BuiltInServer,
  bin: Placed | null,
  site: string,
  h: number,
  names: (i: number) => string,
): PlannedServer {
  const tier = smallestFittingTier(rules, builtIn.role, NO_LOAD, h)!;
  return plannedServer(builtIn.id, bin ?? { site, tier, items: [], machines: 0, churn: 0, dedicated: false }, names);
}

/** The scaling servers in order, numbered after the rule set's prefix (`PS01`, `APP01`…). */
export function scalingServers(rules: RuleSet, placed: readonly Placed[], names: (i: number) => string): PlannedServer[] {
  const width = Math.max(2, String(placed.length).length);
  return placed.map((p, i) => plannedServer(`${rules.scaling.idPrefix}${String(i + 1).padStart(width, '0')}`, p, names));
}

function plannedServer(id: string, p: Placed, names: (i: number) => string): PlannedServer {
  const t = p.tier;
  return {
    id,
    role: t.role,
    site: p.site,
    tier: t.id,
    vcpu: t.vcpu,
    sockets: t.sockets,
    coresPerSocket: t.coresPerSocket,
    ghz: t.ghz,
    memoryGB: t.memoryGB,
    cacheGB: t.cacheGB,
    machineCount: p.machines,
    churnGBPerDay: p.churn,
    utilisation: shareOf({ machines: p.machines, churnGBPerDay: p.churn }, limitsOf(t)),
    dedicated: p.dedicated,
    machines: memberNames(p.items, names),
  };
}

// Machines in input order. A typed array sorts numerically without a comparator.
function memberNames(items: readonly Item[], names: (i: number) => string): string[] {
  const idx = new Int32Array(items.reduce((n, i) => n + i.machines, 0));
  let k = 0;
  for (const it of items) {
    if (it.members === null) idx[k++] = it.order;
    else for (const m of it.members) idx[k++] = m;
  }
  idx.sort();
  const out = new Array<string>(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = names(idx[i]!);
  return out;
}
