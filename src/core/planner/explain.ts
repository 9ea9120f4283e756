import type { PlanWarning, ScaleOutDriver } from '../model';
import { roundTo } from '../units';
import type { Limits } from '../rules/tiers';
import type { Item } from './items';
import { lowerBound } from './lower-bound';

/** What `drivers` needs to know about one site. */
interface SiteFacts {
  site: string;
  configSite: string;
  useConfigServerPs: boolean;
  headroomPercent: number;
  /** Machines and churn the site's servers take (unplaced items excluded). */
  load: Limits;
  share: Limits | null;
  shareAtFull: Limits | null;
  largestAtFull: Limits;
  scaleOut: number;
  lowerBound: number;
  dedicated: number;
  hasGroups: boolean;
}

/** Why a site needs the scale-out servers it has, most basic reason first. */
export function drivers(f: SiteFacts): ScaleOutDriver[] {
  if (f.scaleOut === 0) return [];
  const out: ScaleOutDriver[] = [];
  if (!f.useConfigServerPs) out.push({ kind: 'built-in-off' });
  else if (f.site !== f.configSite) out.push({ kind: 'other-site', configSite: f.configSite });
  if (f.share && f.load.machines > f.share.machines) out.push({ kind: 'machines', machines: f.load.machines, limit: f.share.machines });
  if (f.share && f.load.churnGBPerDay > f.share.churnGBPerDay)
    out.push({ kind: 'churn', churnGBPerDay: roundTo(f.load.churnGBPerDay), limit: roundTo(f.share.churnGBPerDay) });
  if (f.headroomPercent < 100) {
    const atFull = lowerBound(f.load, f.shareAtFull, f.largestAtFull);
    if (atFull < f.scaleOut) out.push({ kind: 'headroom', headroomPercent: f.headroomPercent, serversAtFullHeadroom: atFull });
  }
  if (f.dedicated > 0) out.push({ kind: 'dedicated', items: f.dedicated });
  if (f.scaleOut > f.lowerBound) {
    const extraServers = f.scaleOut - f.lowerBound;
    out.push(f.hasGroups ? { kind: 'groups', extraServers } : { kind: 'packing', extraServers });
  }
  return out;
}

const describe = (item: Item, names: (i: number) => string) =>
  item.group !== '' ? `Group "${item.group}" (${item.machines} machines)` : `Machine "${names(item.order)}"`;

/** Warning for an item that needs a PS-12 of its own at this headroom. */
export function dedicatedWarning(
  item: Item,
  names: (i: number) => string,
  cap: Limits,
  headroomPercent: number,
  tier: string,
): PlanWarning {
  const churn = roundTo(item.churn, 2);
  return {
    code: 'dedicated-server',
    message: `${describe(item, names)} with ${churn} GB/day exceeds the ${tier} limits at ${headroomPercent} % headroom (${cap.machines} machines, ${roundTo(cap.churnGBPerDay, 2)} GB/day); it gets a dedicated ${tier}.`,
    params: {
      item: item.group || names(item.order),
      group: item.group,
      machines: item.machines,
      churnGBPerDay: churn,
      headroomPercent,
      tier,
    },
  };
}

/** Warning for an item no single process server can replicate. */
export function unplacedWarning(item: Item, names: (i: number) => string, reason: string): PlanWarning {
  return {
    code: 'unplaced',
    message: `${describe(item, names)} can't be placed: ${reason}`,
    params: {
      item: item.group || names(item.order),
      group: item.group,
      machines: item.machines,
      churnGBPerDay: roundTo(item.churn, 2),
    },
  };
}

/** Warning for a machine whose peak churn is above ASR's per-machine limit. */
export function peakWarning(name: string, peak: number, limit: number): PlanWarning {
  return {
    code: 'peak-churn-over-limit',
    message: `Machine "${name}" peaks at ${peak} MB/s, above the ${limit} MB/s per-machine limit; it is planned, but replication may fall behind at peak.`,
    params: { machine: name, peakMBps: peak, limitMBps: limit },
  };
}
