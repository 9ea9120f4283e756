import { estimatedChurnGB } from '../core/churn-rate';
import type { MachineFact } from '../core/machine-rows';
import type { ChurnSource } from '../core/model';
import type { InventoryRead } from './inventory';

/**
 * What the documents show of each machine besides its plan, column by column in inventory order
 * (plain arrays cross from the worker to the page cheaply, once per read).
 */
export interface MachineFacts {
  names: string[];
  sites: string[];
  groups: string[];
  os: string[];
  /** Daily churn as given, GB/day. */
  churns: number[];
  /** The inventory column the churn was read from. */
  source: string;
  /** Where each machine's churn came from when it was not that column ('' when it was). */
  churnSources: (ChurnSource | '')[];
  /** Used storage, GB, of the machines whose churn is estimated from it (0 for the others). */
  usedGB: number[];
}

/** The facts of an inventory as read. */
export function machineFacts(read: InventoryRead): MachineFacts {
  const m = read.machines;
  return {
    names: m.map((x) => x.name),
    sites: m.map((x) => x.site),
    groups: m.map((x) => x.group),
    os: m.map((x) => x.os ?? ''),
    churns: m.map((x) => x.dailyChurnGB),
    source: read.churnField === undefined ? '' : (read.headers[read.mapping[read.churnField] ?? -1] ?? ''),
    churnSources: m.map((x) => (x.churnSource === undefined || x.churnSource === 'measured' ? '' : x.churnSource)),
    usedGB: m.map((x) => (x.churnSource === 'estimated' ? (x.usedGB ?? 0) : 0)),
  };
}

/**
 * A machine's facts by site and name (names repeat across sites); the index is built once. An
 * estimated churn is worked out at `churnRatePercent` (docs/inputs.md#churn-sources), as the plan does.
 */
export function factLookup(
  f: MachineFacts,
  churnRatePercent: number | null = null,
): (site: string, name: string) => MachineFact | undefined {
  const index = new Map<string, number>();
  f.names.forEach((name, i) => index.set(`${f.sites[i]}\u0000${name}`, i));
  return (site, name) => {
    const i = index.get(`${site}\u0000${name}`);
    if (i === undefined) return undefined;
    const kind = f.churnSources[i] ?? '';
    const churn = kind === 'estimated' && churnRatePercent !== null ? estimatedChurnGB(f.usedGB[i]!, churnRatePercent) : f.churns[i]!;
    return { group: f.groups[i]!, os: f.os[i]!, dailyChurnGB: churn, source: f.source, ...(kind === '' ? {} : { churnSource: kind }) };
  };
}
