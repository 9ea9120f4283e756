import type { PlanWarning, ScaleOutDriver, UnplacedParams, UnplacedReason } from '../model';
import { roundTo } from '../units';
import { churnOver, type Capacity } from '../capacity';
import type { Item } from './items';
import { lowerBound } from './lower-bound';

/** What `drivers` needs to know about one site. */
interface SiteFacts {
  site: string;
  /** The rule set has a built-in server (classic's configuration server). */
  builtIn: boolean;
  configSite: string;
  useConfigServerPs: boolean;
  headroomPercent: number;
  /** Machines and churn the site's servers take (unplaced items excluded, dedicated ones included). */
  load: Capacity;
  /** Items that get a dedicated server each, their machines and churn, and that server's tier. */
  dedicated: { items: number; machines: number; churnGBPerDay: number; tier: string };
  /** Machines of the site no process server can take. */
  unplaced: number;
  share: Capacity | null;
  shareAtFull: Capacity | null;
  /** The largest scaling tier's limits at this headroom, and published. */
  largest: Capacity;
  largestAtFull: Capacity;
  scaleOut: number;
  lowerBound: number;
  hasGroups: boolean;
}

/**
 * Why a site has the scaling servers it has, most basic reason first; or, with none, that the
 * built-in process server takes every placed machine. Unplaced machines are always named last:
 * "every machine of this site" is only said when it is true.
 */
export function drivers(f: SiteFacts): ScaleOutDriver[] {
  const out = f.scaleOut === 0 ? (f.builtIn ? builtInOnly(f) : []) : scaleOutDrivers(f);
  if (f.unplaced > 0) out.push({ kind: 'unplaced', machines: f.unplaced });
  return out;
}

// No scale-out server: whatever the site's servers take, the built-in process server takes.
const builtInOnly = (f: SiteFacts): ScaleOutDriver[] => (f.load.machines > 0 ? [{ kind: 'built-in-only', machines: f.load.machines }] : []);

function scaleOutDrivers(f: SiteFacts): ScaleOutDriver[] {
  const out: ScaleOutDriver[] = [];
  // Dedicated items have servers of their own (their own driver): the share is measured against the rest.
  const shared = { machines: f.load.machines - f.dedicated.machines, churnGBPerDay: f.load.churnGBPerDay - f.dedicated.churnGBPerDay };
  if (!f.builtIn) {
    const servers = f.lowerBound - f.dedicated.items;
    if (servers > 0)
      out.push({ kind: 'capacity', ...shared, churnGBPerDay: roundTo(shared.churnGBPerDay), servers, perServer: roundLimits(f.largest) });
  } else if (!f.useConfigServerPs) out.push({ kind: 'built-in-off' });
  else if (f.site !== f.configSite) out.push({ kind: 'other-site', configSite: f.configSite });
  if (f.share && shared.machines > f.share.machines) out.push({ kind: 'machines', machines: shared.machines, limit: f.share.machines });
  if (f.share && churnOver(shared.churnGBPerDay, f.share.churnGBPerDay))
    out.push({ kind: 'churn', churnGBPerDay: roundTo(shared.churnGBPerDay), limit: roundTo(f.share.churnGBPerDay) });
  if (f.headroomPercent < 100) {
    const atFull = lowerBound(f.load, f.shareAtFull, f.largestAtFull);
    if (atFull < f.scaleOut) out.push({ kind: 'headroom', headroomPercent: f.headroomPercent, serversAtFullHeadroom: atFull });
  }
  const d = f.dedicated;
  if (d.items > 0) out.push({ kind: 'dedicated', items: d.items, machines: d.machines, tier: d.tier });
  if (f.scaleOut > f.lowerBound) {
    const extraServers = f.scaleOut - f.lowerBound;
    out.push(f.hasGroups ? { kind: 'groups', extraServers } : { kind: 'packing', extraServers });
  }
  return out;
}

const roundLimits = (c: Capacity): Capacity => ({ machines: c.machines, churnGBPerDay: roundTo(c.churnGBPerDay) });

/** The item a warning names: the machine, or its whole group, with the figures its sentence gives. */
const warned = (item: Item, names: (i: number) => string) => ({
  item: item.group || names(item.order),
  group: item.group,
  machines: item.machines,
  churnGBPerDay: roundTo(item.churn, 2),
});

/** Warning for an item that needs a server of the largest tier of its own at this headroom. */
export function dedicatedWarning(item: Item, names: (i: number) => string, headroomPercent: number, tier: string): PlanWarning {
  return { code: 'dedicated-server', params: { ...warned(item, names), headroomPercent, tier } };
}

/** Warning for an item no single process server can replicate, and why. */
export function unplacedWarning(
  item: Item,
  names: (i: number) => string,
  why: { code: UnplacedReason; params: UnplacedParams },
): PlanWarning {
  return { code: 'unplaced', params: warned(item, names), why };
}

/** Warning for a machine whose peak churn is above ASR's per-machine limit. */
export function peakWarning(name: string, peak: number, limit: number): PlanWarning {
  return { code: 'peak-churn-over-limit', params: { machine: name, peakMBps: peak, limitMBps: limit } };
}
