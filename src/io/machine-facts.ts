import { estimatedChurnGB } from '../core/churn-rate';
import type { MachineFact } from '../core/machine-rows';
import { CHURN_SOURCES, type ChurnSource } from '../core/model';
import type { InventoryRead } from './inventory';

/*
 * The facts cross from the worker to the page once per read, for a hundred thousand machines:
 * as a few strings and typed arrays (transferable), not as arrays of a hundred thousand strings,
 * which cost seconds to clone and tens of MB of heap on the page. The page looks a machine up
 * only when a list is shown, printed or downloaded; the index for that is built then, once.
 */

/** Strings packed as one text and the length of each (names: nearly all distinct). */
export interface PackedStrings {
  text: string;
  lengths: Uint32Array;
}

/** Strings that repeat (sites, groups, OS): each distinct one once, and every machine's index into them. */
export interface CodedStrings {
  values: string[];
  codes: Uint32Array;
}

/**
 * What the documents show of each machine besides its plan, column by column in inventory order.
 */
export interface MachineFacts {
  count: number;
  names: PackedStrings;
  sites: CodedStrings;
  groups: CodedStrings;
  os: CodedStrings;
  /** Daily churn as given, GB/day. */
  churns: Float64Array;
  /** The inventory column the churn was read from. */
  source: string;
  /** Where each machine's churn came from when it was not that column: 0 when it was, else 1 + its index in CHURN_SOURCES. */
  churnSources: Uint8Array;
  /** Used storage, GB, of the machines whose churn is estimated from it (0 for the others). */
  usedGB: Float64Array;
}

function coded(all: readonly string[]): CodedStrings {
  const index = new Map<string, number>();
  const values: string[] = [];
  const codes = new Uint32Array(all.length);
  all.forEach((s, i) => {
    let code = index.get(s);
    if (code === undefined) index.set(s, (code = values.push(s) - 1));
    codes[i] = code;
  });
  return { values, codes };
}

const sourceCode = (s: ChurnSource | undefined): number => (s === undefined || s === 'measured' ? 0 : 1 + CHURN_SOURCES.indexOf(s));

/** The facts of an inventory as read. */
export function machineFacts(read: InventoryRead): MachineFacts {
  const m = read.machines;
  return {
    count: m.length,
    names: { text: m.map((x) => x.name).join(''), lengths: Uint32Array.from(m, (x) => x.name.length) },
    sites: coded(m.map((x) => x.site)),
    groups: coded(m.map((x) => x.group)),
    os: coded(m.map((x) => x.os ?? '')),
    churns: Float64Array.from(m, (x) => x.dailyChurnGB),
    source: read.churnField === undefined ? '' : (read.headers[read.mapping[read.churnField] ?? -1] ?? ''),
    churnSources: Uint8Array.from(m, (x) => sourceCode(x.churnSource)),
    usedGB: Float64Array.from(m, (x) => (x.churnSource === 'estimated' ? (x.usedGB ?? 0) : 0)),
  };
}

/** The buffers of the facts, to move them to the page rather than copy them. */
export function factBuffers(f: MachineFacts): ArrayBuffer[] {
  return [f.names.lengths, f.sites.codes, f.groups.codes, f.os.codes, f.churns, f.churnSources, f.usedGB].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

// Each machine's index by site and name (names repeat across sites; within one, the last wins), built once per facts.
const indexes = new WeakMap<MachineFacts, Map<string, Map<string, number>>>();

function indexOf(f: MachineFacts): Map<string, Map<string, number>> {
  const known = indexes.get(f);
  if (known) return known;
  const bySite = f.sites.values.map(() => new Map<string, number>());
  for (let i = 0, at = 0; i < f.count; i++) {
    const end = at + f.names.lengths[i]!;
    bySite[f.sites.codes[i]!]!.set(f.names.text.slice(at, end), i);
    at = end;
  }
  const index = new Map(f.sites.values.map((site, code) => [site, bySite[code]!]));
  indexes.set(f, index);
  return index;
}

/**
 * A machine's facts by site and name; the index is built on the first look-up. An estimated
 * churn is worked out at `churnRatePercent` (docs/inputs.md#churn-sources), as the plan does.
 */
export function factLookup(
  f: MachineFacts,
  churnRatePercent: number | null = null,
): (site: string, name: string) => MachineFact | undefined {
  return (site, name) => {
    const i = indexOf(f).get(site)?.get(name);
    if (i === undefined) return undefined;
    const code = f.churnSources[i]!;
    const kind = code === 0 ? undefined : CHURN_SOURCES[code - 1];
    const churn = kind === 'estimated' && churnRatePercent !== null ? estimatedChurnGB(f.usedGB[i]!, churnRatePercent) : f.churns[i]!;
    const fact: MachineFact = {
      group: f.groups.values[f.groups.codes[i]!]!,
      os: f.os.values[f.os.codes[i]!]!,
      dailyChurnGB: churn,
      source: f.source,
    };
    if (kind !== undefined) fact.churnSource = kind;
    return fact;
  };
}
