import { withChurnRate } from '../churn-rate';
import type { Machine, Plan, PlanSettings, PlanWarning, SitePlan, UnplacedMachine } from '../model';
import { ruleSetById, type RuleSet, largestTier } from '../rules';
import { effectiveSettings } from '../settings';
import { busiestSiteOf } from './config-site';
import { dedicatedWarning, peakWarning } from './explain';
import { churnFactor } from '../churn-factor';
import { classifyItems, itemsBySite } from './items';
import { planWarnings } from './plan-warnings';
import { builtInServer, fromBin, scalingServers, sortServers, type Placed } from './planned-servers';
import { sitePlan } from './site-plan';
import { planSite } from './site-planner';
import { collectUnplaced } from './unplaced';

/**
 * Plans the servers for `machines` under `settings`, by the rule set `settings.ruleSet` names
 * (docs/rules.md#classic-architecture, docs/rules.md#modernized-architecture). Pure and deterministic: the same input gives the same plan, byte for byte
 * once serialised.
 */
export function plan(machines: readonly Machine[], settings: PlanSettings): Plan {
  return planUnder(ruleSetById(settings.ruleSet), machines, settings);
}

/**
 * Plans under a rule set given as data (tests try variants of a registered one); the plan and its
 * settings name `rules.id`. Settings the rule set does not use are set to what is true of it.
 */
export function planUnder(rules: RuleSet, given: readonly Machine[], input: PlanSettings): Plan {
  const settings = effectiveSettings(input, rules);
  const machines = withChurnRate(given, settings.churnRatePercent);
  const h = settings.headroomPercent;
  const factor = churnFactor(settings);
  const bySite = itemsBySite(machines, factor);
  const builtInSite = rules.builtIn ? (settings.configSite ?? busiestSiteOf(bySite)) : null;
  const names = (i: number) => machines[i]!.name;
  const churnOf = (i: number) => machines[i]!.dailyChurnGB * factor;
  const warnings: PlanWarning[] = [];
  const unplaced: UnplacedMachine[] = [];
  const sites: SitePlan[] = [];
  const added: Placed[] = [];
  let builtInBin: Placed | null = null;
  const top = largestTier(rules, rules.scaling.role);

  if (settings.configSite !== null && !bySite.has(settings.configSite)) {
    warnings.push({ code: 'config-site-empty', params: { site: settings.configSite } });
  }

  for (const [site, items] of bySite) {
    const classified = classifyItems(site, items, rules, h);
    const builtInReplicates = settings.useConfigServerPs && site === builtInSite;
    const solved = planSite(classified.placeable, { rules, headroomPercent: h, strategy: settings.strategy, builtInReplicates });
    if (solved.builtIn) builtInBin = fromBin(solved.builtIn, site);
    const placed = solved.added.map((b) => fromBin(b, site));
    for (const item of classified.dedicated) {
      placed.push({ site, tier: top, items: [item], machines: item.machines, churn: item.churn, dedicated: true });
      warnings.push(dedicatedWarning(item, names, h, top.id));
    }
    added.push(...sortServers(placed));
    collectUnplaced(classified, top, names, churnOf, unplaced, warnings);
    const lowerBound = solved.lowerBound + classified.dedicated.length;
    sites.push(sitePlan(classified, { servers: placed.length, lowerBound, builtInReplicates, builtInSite }, settings, rules));
  }
  peakWarnings(machines, rules, warnings);
  const servers = [
    ...(rules.builtIn ? [builtInServer(rules, rules.builtIn, builtInBin, builtInSite!, h, names)] : []),
    ...scalingServers(rules, added, names),
  ];
  warnings.push(...planWarnings(sites, servers, settings, rules));
  return { ruleSet: rules.id, settings: { ...settings, configSite: builtInSite }, servers, unplaced, warnings, sites };
}

function peakWarnings(machines: readonly Machine[], rules: RuleSet, warnings: PlanWarning[]): void {
  const limit = rules.peakChurnLimitMBps.value;
  for (const m of machines)
    if (m.peakChurnMBps !== undefined && m.peakChurnMBps > limit) warnings.push(peakWarning(m.name, m.peakChurnMBps, limit));
}
