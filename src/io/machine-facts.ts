import type { MachineFact } from '../core/machine-rows';
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
    source: read.headers[read.mapping[read.churnField] ?? -1] ?? '',
  };
}

/** A machine's facts by site and name (names repeat across sites); the index is built once. */
export function factLookup(f: MachineFacts): (site: string, name: string) => MachineFact | undefined {
  const index = new Map<string, number>();
  f.names.forEach((name, i) => index.set(`${f.sites[i]}\u0000${name}`, i));
  return (site, name) => {
    const i = index.get(`${site}\u0000${name}`);
    return i === undefined ? undefined : { group: f.groups[i]!, os: f.os[i]!, dailyChurnGB: f.churns[i]!, source: f.source };
  };
}
