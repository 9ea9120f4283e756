import { atLeast } from '../capacity';
import type { LinkSettings, Machine, Plan } from '../model';
import { churnFactor } from '../churn-factor';
import { gbPerDayToMbitps } from '../units';
import { siteLinkMbps } from './link-settings';
import { fillWaves, MBIT_PER_GB, type SeedItem, type Wave } from './waves';

/** Share of a cache that may fill before replication is throttled: below 20 % free (docs/rules.md#caches-that-fill). */
const CACHE_FULL_SHARE = 0.8;

/** A site's network: bandwidth, initial replication waves and the backlog when churn outruns the link. */
export interface SiteNetwork {
  site: string;
  /** Average bandwidth of the site's replicated machines, from effective churn, Mbit/s. */
  averageMbps: number;
  /** The sum of the peaks (an upper bound), machines without a peak at their average; null when no machine gives one. */
  peakMbps: number | null;
  /** Machines counted in `peakMbps` at their average, for want of a peak. */
  peakMissing: number;
  /** The site's link, Mbit/s; null when the settings give it none. */
  linkMbps: number | null;
  /** Hours until the last wave is seeded; null without a link, when waves stop, or when no size is known. */
  irHours: number | null;
  waves: Wave[];
  /** Machines with neither used nor provisioned storage: left out of the waves. */
  unknownSize: string[];
  /** Machines sized by provisioned storage, for want of used storage. */
  provisionedSized: number;
  /** Machines no wave can take: the churn of earlier waves reached the link. */
  blocked: string[];
  /** GB per hour the site's caches fall behind (0: the link keeps up); null without a link. */
  backlogGBPerHour: number | null;
}

/** A server's share of its site's network. */
export interface ServerNetwork {
  id: string;
  site: string;
  averageMbps: number;
  cacheGB: number;
  /** Its share of the site's backlog, in proportion to its churn, GB per hour (0: none). */
  backlogGBPerHour: number;
  /** Hours until its cache is 80 % full; null when it does not fill. */
  cacheFullHours: number | null;
}

/** The network of a plan under its link settings (docs/rules.md#network). */
export interface NetworkPlan {
  /** Each site's link that is set, Mbit/s, in the plan's site order. */
  linkMbps: Record<string, number>;
  irGoalHours: number;
  sites: SiteNetwork[];
  servers: ServerNetwork[];
}

/**
 * The network of `plan` for `machines` (the ones it was planned from): per site and server, the
 * bandwidth, the initial replication waves and how fast caches fill. Only machines the plan places
 * count (docs/rules.md#network-choices). Undefined when the plan's settings set no link. Linear in
 * machines but for sorting each site's items.
 */
export function networkPlan(machines: readonly Machine[], plan: Plan): NetworkPlan | undefined {
  const link = plan.settings.link;
  if (!link) return undefined;
  const factor = churnFactor(plan.settings);
  const sites = siteNetworks(machines, plan, factor, link);
  const siteOf = new Map(sites.map((s) => [s.site, s]));
  return {
    linkMbps: Object.fromEntries(sites.filter((s) => s.linkMbps !== null).map((s) => [s.site, s.linkMbps!])),
    irGoalHours: link.irGoalHours,
    sites,
    servers: plan.servers.map((server) => {
      const mbps = gbPerDayToMbitps(server.churnGBPerDay);
      const site = siteOf.get(server.site)!;
      const share = site.backlogGBPerHour && site.averageMbps > 0 ? (site.backlogGBPerHour * mbps) / site.averageMbps : 0;
      return {
        id: server.id,
        site: server.site,
        averageMbps: mbps,
        cacheGB: server.cacheGB,
        backlogGBPerHour: share,
        cacheFullHours: share > 0 ? (CACHE_FULL_SHARE * server.cacheGB) / share : null,
      };
    }),
  };
}

// A site's figures depend on its placed machines, the churn factor and the link, not on how the plan
// spreads them over servers: a headroom drag (or a strategy that places the same machines) reuses
// them, and only the servers' shares are worked out again. One entry per machine list.
const lastSites = new WeakMap<readonly Machine[], { key: string; sites: SiteNetwork[] }>();

function siteNetworks(machines: readonly Machine[], plan: Plan, factor: number, link: LinkSettings): SiteNetwork[] {
  const key = JSON.stringify([factor, link, plan.sites.map((s) => s.site), plan.unplaced.map((u) => [u.site, u.machine])]);
  const hit = lastSites.get(machines);
  if (hit?.key === key) return hit.sites;
  // The placed machines of each site, in inventory order (so lists read as the file does): every
  // machine but the few the plan leaves unplaced. A name is unique within its site only.
  const unplaced = new Map<string, Set<string>>();
  for (const u of plan.unplaced) (unplaced.get(u.site) ?? unplaced.set(u.site, new Set()).get(u.site)!).add(u.machine);
  const bySite = new Map<string, Machine[]>(plan.sites.map((sp) => [sp.site, []]));
  for (const m of machines) if (!unplaced.get(m.site)?.has(m.name)) bySite.get(m.site)?.push(m);
  const sites = plan.sites.map((sp) => siteNetwork(sp.site, bySite.get(sp.site)!, factor, link));
  lastSites.set(machines, { key, sites });
  return sites;
}

function siteNetwork(site: string, machines: Machine[], factor: number, link: LinkSettings): SiteNetwork {
  const linkMbps = siteLinkMbps(link, site);
  let averageMbps = 0;
  for (const m of machines) averageMbps += gbPerDayToMbitps(m.dailyChurnGB * factor);
  const { items, unknownSize, provisionedSized } = seedItems(machines, factor);
  const peaks = peakOf(machines, factor);
  const { waves, blocked } = linkMbps === null ? { waves: [], blocked: [] } : fillWaves(items, linkMbps, link.irGoalHours);
  const seeded = blocked.length === 0 && waves.length > 0;
  return {
    site,
    averageMbps,
    ...peaks,
    linkMbps,
    irHours: seeded ? waves.reduce((s, w) => s + w.hours, 0) : null,
    waves,
    unknownSize,
    provisionedSized,
    blocked,
    // A link equal to the churn keeps up, float error aside (the project's one tolerance).
    backlogGBPerHour: linkMbps === null ? null : atLeast(linkMbps, averageMbps) ? 0 : ((averageMbps - linkMbps) * 3600) / MBIT_PER_GB,
  };
}

/** A machine's data to seed: used storage, else provisioned (docs/rules.md#initial-replication-waves). */
function sizeOf(m: Machine): number | undefined {
  return m.usedGB ?? m.provisionedGB;
}

// Machines into seed items: a group whole (its members of known size), any other machine alone.
function seedItems(machines: readonly Machine[], factor: number) {
  const groups = new Map<string, SeedItem>();
  const items: SeedItem[] = [];
  const unknownSize: string[] = [];
  let provisionedSized = 0;
  for (const m of machines) {
    const gb = sizeOf(m);
    if (gb === undefined) {
      unknownSize.push(m.name);
      continue;
    }
    if (m.usedGB === undefined) provisionedSized++;
    const mbps = gbPerDayToMbitps(m.dailyChurnGB * factor);
    const grouped = m.group === '' ? undefined : groups.get(m.group);
    if (grouped) {
      grouped.machines.push(m.name);
      grouped.gb += gb;
      grouped.mbps += mbps;
      continue;
    }
    const item = { machines: [m.name], gb, mbps };
    if (m.group !== '') groups.set(m.group, item);
    items.push(item);
  }
  return { items, unknownSize, provisionedSized };
}

// docs/rules.md#bandwidth: MB/s → Mbit/s is × 8 (MB/s × 86400 / 1024 GB/day, × 8 × 1024 / 86400); peaks scale with churn.
function peakOf(machines: readonly Machine[], factor: number): { peakMbps: number | null; peakMissing: number } {
  let sum = 0;
  let given = 0;
  for (const m of machines) {
    if (m.peakChurnMBps === undefined) sum += gbPerDayToMbitps(m.dailyChurnGB * factor);
    else {
      sum += m.peakChurnMBps * 8 * factor;
      given++;
    }
  }
  return given === 0 ? { peakMbps: null, peakMissing: machines.length } : { peakMbps: sum, peakMissing: machines.length - given };
}
