import type { Machine, Plan, PlannedServer, PlanSettings, PlanWarning, SitePlan, UnplacedMachine, UnplacedParams } from '../model';
import { asrClassic } from '../rules/asr-classic';
import type { RuleSet, Tier } from '../rules/rule-set';
import { limitsOf, scaleByHeadroom, shareOf, sumLoads, tierCapacity, type Capacity } from '../capacity';
import { largestTier, smallestFittingTier } from '../rules/tiers';
import { roundTo } from '../units';
import { busiestSiteOf } from './config-site';
import { dedicatedWarning, drivers, machinesText, peakWarning, unplacedWarning } from './explain';
import { churnFactor, classifyItems, itemsBySite, membersOf, type Item, type SiteItems } from './items';
import type { Bin } from './pack';
import { planWarnings } from './plan-warnings';
import { planSite } from './site-planner';

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

/**
 * Plans process servers for `machines` under `settings` (SIZING §2–6). Pure and deterministic:
 * the same input gives the same plan, byte for byte once serialised.
 */
export function plan(machines: readonly Machine[], settings: PlanSettings, rules: RuleSet = asrClassic): Plan {
  const h = settings.headroomPercent;
  const factor = churnFactor(settings);
  const bySite = itemsBySite(machines, factor);
  const configSite = settings.configSite ?? busiestSiteOf(bySite);
  const names = (i: number) => machines[i]!.name;
  const churnOf = (i: number) => machines[i]!.dailyChurnGB * factor;
  const warnings: PlanWarning[] = [];
  const unplaced: UnplacedMachine[] = [];
  const sites: SitePlan[] = [];
  const scaleOut: Placed[] = [];
  let configBin: Placed | null = null;

  if (settings.configSite !== null && !bySite.has(settings.configSite)) {
    warnings.push({
      code: 'config-site-empty',
      message: `The configuration server's site "${settings.configSite}" has no machines in this inventory; its built-in process server replicates none.`,
      params: { site: settings.configSite },
    });
  }

  for (const [site, items] of bySite) {
    const classified = classifyItems(site, items, rules, h);
    const configReplicates = settings.useConfigServerPs && site === configSite;
    const solved = planSite(classified.placeable, { rules, headroomPercent: h, strategy: settings.strategy, configReplicates });
    if (solved.config) configBin = fromBin(solved.config, site);
    const placed = solved.scaleOut.map((b) => fromBin(b, site));
    const top = largestTier(rules, 'scale-out');
    for (const item of classified.dedicated) {
      placed.push({ site, tier: top, items: [item], machines: item.machines, churn: item.churn, dedicated: true });
      warnings.push(dedicatedWarning(item, names, tierCapacity(top, h), h, top.id));
    }
    scaleOut.push(...sortServers(placed));
    collectUnplaced(classified, top, names, churnOf, unplaced, warnings);
    sites.push(
      sitePlan(classified, placed.length, solved.lowerBound + classified.dedicated.length, configReplicates, settings, configSite, rules),
    );
  }
  peakWarnings(machines, rules, warnings);
  const width = Math.max(2, String(scaleOut.length).length);
  const servers = [
    configServer(configBin, configSite, rules, h, names),
    ...scaleOut.map((p, i) => server(`PS${String(i + 1).padStart(width, '0')}`, 'scale-out', p, names)),
  ];
  warnings.push(...planWarnings(sites, servers, settings, rules));
  return { ruleSet: rules.id, settings: { ...settings, configSite }, servers, unplaced, warnings, sites };
}

// Biggest servers first, then by the input order of their first machine.
function sortServers(placed: Placed[]): Placed[] {
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

function configServer(bin: Placed | null, site: string, rules: RuleSet, h: number, names: (i: number) => string): PlannedServer {
  const idle = { machines: 0, churnGBPerDay: 0 };
  const placed: Placed = bin ?? {
    site,
    tier: smallestFittingTier(rules, 'configuration', idle, h)!,
    items: [],
    machines: 0,
    churn: 0,
    dedicated: false,
  };
  return server('CS', 'configuration', placed, names);
}

function server(id: string, role: PlannedServer['role'], p: Placed, names: (i: number) => string): PlannedServer {
  const t = p.tier;
  return {
    id,
    role,
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

function collectUnplaced(
  c: SiteItems,
  top: Tier,
  names: (i: number) => string,
  churnOf: (i: number) => number,
  out: UnplacedMachine[],
  warnings: PlanWarning[],
): void {
  for (const { item, code } of c.unplaced) {
    const byChurn = code === 'churn-over-limit';
    const params: UnplacedParams = {
      tier: top.id,
      limit: byChurn ? top.maxChurnGBPerDay : top.maxMachines,
      machines: item.machines,
      churnGBPerDay: roundTo(item.churn, 2),
    };
    const subject = item.group !== '' ? `its group "${item.group}" (${machinesText(item.machines)}, which must share one server)` : 'it';
    const reason = byChurn
      ? `${subject} changes ${params.churnGBPerDay} GB/day, more than the ${params.limit} GB/day one process server (${top.id}) replicates`
      : `${subject} holds more than the ${params.limit} machines one process server (${top.id}) replicates`;
    warnings.push(unplacedWarning(item, names, reason));
    for (const i of membersOf(item))
      out.push({ machine: names(i), site: c.site, group: item.group, churnGBPerDay: churnOf(i), reason, code, params });
  }
}

function sitePlan(
  c: SiteItems,
  servers: number,
  lb: number,
  configReplicates: boolean,
  settings: PlanSettings,
  configSite: string,
  rules: RuleSet,
): SitePlan {
  const h = settings.headroomPercent;
  const share = rules.builtInShare;
  const shareAt = (pct: number): Capacity | null =>
    configReplicates ? scaleByHeadroom({ machines: share.machines.value, churnGBPerDay: share.churnGBPerDay.value }, pct) : null;
  // What the site's servers take: everything but the unplaced items.
  const unplaced = sumOf(c.unplaced.map((u) => u.item));
  const load = { machines: c.machineCount - unplaced.machines, churnGBPerDay: c.churn - unplaced.churnGBPerDay };
  return {
    site: c.site,
    machines: c.machineCount,
    churnGBPerDay: c.churn,
    unplacedMachines: unplaced.machines,
    hasConfigServer: c.site === configSite,
    scaleOutServers: servers,
    lowerBound: lb,
    drivers: drivers({
      site: c.site,
      configSite,
      useConfigServerPs: settings.useConfigServerPs,
      headroomPercent: h,
      load,
      share: shareAt(h),
      shareAtFull: shareAt(100),
      largestAtFull: limitsOf(largestTier(rules, 'scale-out')),
      scaleOut: servers,
      lowerBound: lb,
      dedicated: { items: c.dedicated.length, ...sumOf(c.dedicated), tier: largestTier(rules, 'scale-out').id },
      unplaced: unplaced.machines,
      hasGroups: c.hasGroups,
    }),
  };
}

const sumOf = (items: readonly Item[]): Capacity => sumLoads(items.map((i) => ({ machines: i.machines, churnGBPerDay: i.churn })));

function peakWarnings(machines: readonly Machine[], rules: RuleSet, warnings: PlanWarning[]): void {
  const limit = rules.peakChurnLimitMBps.value;
  for (const m of machines)
    if (m.peakChurnMBps !== undefined && m.peakChurnMBps > limit) warnings.push(peakWarning(m.name, m.peakChurnMBps, limit));
}
