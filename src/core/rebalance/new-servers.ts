/** New scale-out process servers for what the existing ones can't take: the planner's own packing. */

import { fromBin, sortServers, type Placed, type Item, classifyItems, planSite } from '../planner';
import { type RuleSet, largestTier } from '../rules';

/** One new server as planned, before it gets its name. */
/** A new server the rebalance adds: the same shape as a server the planner fills. */
type NewBin = Placed;

/** The new servers for `leftover` items, and the items no process server can take. */
export interface NewServersPlan {
  bins: NewBin[];
  tooBig: Item[];
}

/**
 * Plans the fewest new scale-out servers (smallest fitting tiers) per site with `planSite`, no
 * configuration server; an item above the headroom-scaled largest tier gets a dedicated one.
 */
export function planNewServers(leftover: readonly Item[], rules: RuleSet, headroomPercent: number): NewServersPlan {
  const bySite = new Map<string, Item[]>();
  for (const it of [...leftover].sort((a, b) => a.order - b.order)) {
    const list = bySite.get(it.site);
    if (list) list.push(it);
    else bySite.set(it.site, [it]);
  }
  const out: NewServersPlan = { bins: [], tooBig: [] };
  const top = largestTier(rules, rules.scaling.role);
  for (const site of [...bySite.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const c = classifyItems(site, bySite.get(site)!, rules, headroomPercent);
    const solved = c.placeable.length
      ? planSite(c.placeable, { rules, headroomPercent, strategy: 'fewest-servers', builtInReplicates: false }).added
      : [];
    const shared = solved.map((b) => fromBin(b, site));
    out.bins.push(...sortServers(shared));
    for (const it of c.dedicated) out.bins.push({ site, tier: top, items: [it], machines: it.machines, churn: it.churn, dedicated: true });
    out.tooBig.push(...c.unplaced.map((u) => u.item));
  }
  return out;
}

/** How many new servers `leftover` needs. */
export function newServerCount(leftover: readonly Item[], rules: RuleSet, headroomPercent: number): number {
  return leftover.length === 0 ? 0 : planNewServers(leftover, rules, headroomPercent).bins.length;
}
