import type { Machine, UnplacedReason } from '../model';
import { type RuleSet, largestTier } from '../rules';
import { fits, tierCapacity } from '../capacity';

/** What the planner places: one machine, or a whole group that must share a server. */
export interface Item {
  site: string;
  group: string;
  /**
   * Indices into the machine list, in input order; null for a lone machine, whose index is
   * `order`. A hundred thousand one-element arrays cost a plan more garbage collection than its
   * packing costs time.
   */
  members: number[] | null;
  machines: number;
  /** Effective churn, GB/day. */
  churn: number;
  /** Index of the first member; the final tie-breaker that keeps plans deterministic. */
  order: number;
}

/** A site's items sorted into what can share servers, what needs its own, and what can't be placed. */
export interface SiteItems {
  site: string;
  machineCount: number;
  churn: number;
  placeable: Item[];
  dedicated: Item[];
  unplaced: { item: Item; code: UnplacedReason }[];
  hasGroups: boolean;
}

/** Groups machines into items per site; sites come back sorted by name (code-unit order). */
export function itemsBySite(machines: readonly Machine[], factor: number): Map<string, Item[]> {
  const groups = new Map<string, Item>();
  const bySite = new Map<string, Item[]>();
  for (let i = 0; i < machines.length; i++) {
    const m = machines[i]!;
    const churn = m.dailyChurnGB * factor;
    let list = bySite.get(m.site);
    if (!list) bySite.set(m.site, (list = []));
    if (m.group === '') {
      list.push({ site: m.site, group: '', members: null, machines: 1, churn, order: i });
      continue;
    }
    const key = `${m.site}\u0000${m.group}`;
    const g = groups.get(key);
    if (g) {
      g.members!.push(i);
      g.machines += 1;
      g.churn += churn;
    } else {
      const item: Item = { site: m.site, group: m.group, members: [i], machines: 1, churn, order: i };
      groups.set(key, item);
      list.push(item);
    }
  }
  return new Map([...bySite.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The machine indices of an item, in input order. */
export function membersOf(item: Item): readonly number[] {
  return item.members ?? [item.order];
}

/** Splits a site's items by what the rule set's largest scaling tier can take, absolute and at headroom. */
export function classifyItems(site: string, items: Item[], rules: RuleSet, headroomPercent: number): SiteItems {
  const top = largestTier(rules, rules.scaling.role);
  const atHeadroom = tierCapacity(top, headroomPercent);
  const out: SiteItems = { site, machineCount: 0, churn: 0, placeable: [], dedicated: [], unplaced: [], hasGroups: false };
  for (const item of items) {
    out.machineCount += item.machines;
    out.churn += item.churn;
    if (item.group !== '') out.hasGroups = true;
    const load = { machines: item.machines, churnGBPerDay: item.churn };
    if (item.churn > top.maxChurnGBPerDay) out.unplaced.push({ item, code: 'churn-over-limit' });
    else if (item.machines > top.maxMachines) out.unplaced.push({ item, code: 'machines-over-limit' });
    else if (!fits(load, atHeadroom)) out.dedicated.push(item);
    else out.placeable.push(item);
  }
  return out;
}
