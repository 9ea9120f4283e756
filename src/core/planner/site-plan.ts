import { limitsOf, scaleByHeadroom, sumLoads, tierCapacity, type Capacity } from '../capacity';
import type { PlanSettings, SitePlan } from '../model';
import { type RuleSet, largestTier } from '../rules';
import { drivers } from './explain';
import type { Item, SiteItems } from './items';

/** What a site's figures are made of, besides its items. */
export interface SiteOutcome {
  /** Scaling servers the site got, dedicated ones included. */
  servers: number;
  /** Its lower bound, dedicated items counted one each. */
  lowerBound: number;
  /** The rule set's built-in server replicates in this site. */
  builtInReplicates: boolean;
  /** The site the built-in server stands in; null when the rule set has none. */
  builtInSite: string | null;
}

/** The total machines and churn of items. */
const loadOfItems = (items: readonly Item[]): Capacity => sumLoads(items.map((i) => ({ machines: i.machines, churnGBPerDay: i.churn })));

/** A site's figures and the plain-language reasons for its servers. */
export function sitePlan(c: SiteItems, o: SiteOutcome, settings: PlanSettings, rules: RuleSet): SitePlan {
  const h = settings.headroomPercent;
  const share = rules.builtIn?.share;
  const shareAt = (pct: number): Capacity | null =>
    o.builtInReplicates && share
      ? scaleByHeadroom({ machines: share.machines.value, churnGBPerDay: share.churnGBPerDay.value }, pct)
      : null;
  const top = largestTier(rules, rules.scaling.role);
  // What the site's servers take: everything but the unplaced items.
  const unplaced = loadOfItems(c.unplaced.map((u) => u.item));
  const load = { machines: c.machineCount - unplaced.machines, churnGBPerDay: c.churn - unplaced.churnGBPerDay };
  return {
    site: c.site,
    machines: c.machineCount,
    churnGBPerDay: c.churn,
    unplacedMachines: unplaced.machines,
    hasConfigServer: o.builtInSite !== null && c.site === o.builtInSite,
    scaleOutServers: o.servers,
    lowerBound: o.lowerBound,
    drivers: drivers({
      site: c.site,
      builtIn: rules.builtIn !== undefined,
      configSite: o.builtInSite ?? '',
      useConfigServerPs: settings.useConfigServerPs,
      headroomPercent: h,
      load,
      share: shareAt(h),
      shareAtFull: shareAt(100),
      largest: tierCapacity(top, h),
      largestAtFull: limitsOf(top),
      scaleOut: o.servers,
      lowerBound: o.lowerBound,
      dedicated: { items: c.dedicated.length, ...loadOfItems(c.dedicated), tier: top.id },
      unplaced: unplaced.machines,
      hasGroups: c.hasGroups,
    }),
  };
}
