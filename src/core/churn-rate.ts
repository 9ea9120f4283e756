/** Churn estimated from used storage at the user's daily change rate (docs/inputs.md#churn-sources). */

import type { ChurnSource, Machine } from './model';
import { roundTo } from './units';

/** How many machines' churn is estimated from used storage, so need a daily change rate. */
export function machinesNeedingChurnRate(machines: readonly Machine[]): number {
  let n = 0;
  for (const m of machines) if (m.churnSource === 'estimated') n++;
  return n;
}

/** Daily churn of a machine with `usedGB` at a change rate of `ratePercent` % of used storage per day. */
export function estimatedChurnGB(usedGB: number, ratePercent: number): number {
  return (usedGB * ratePercent) / 100;
}

/**
 * The machines with every estimated churn worked out at `ratePercent`; the same array when none is
 * estimated. Callers ask the user for the rate first (the CLI refuses, the page asks): with a null
 * rate an estimated machine keeps the churn the reader gave it (0), never a made-up figure.
 */
export function withChurnRate(machines: readonly Machine[], ratePercent: number | null): readonly Machine[] {
  if (ratePercent === null || machinesNeedingChurnRate(machines) === 0) return machines;
  return machines.map((m) => (m.churnSource === 'estimated' ? { ...m, dailyChurnGB: estimatedChurnGB(m.usedGB ?? 0, ratePercent) } : m));
}

/** A machine whose churn was not measured, as the plan document lists it. */
export interface MachineChurnSource {
  machine: string;
  site: string;
  churnSource: Exclude<ChurnSource, 'measured'>;
  /** Daily churn as derived (before multiplier and growth), GB/day, rounded to 3 decimals. */
  dailyChurnGB: number;
}

/** Machines per churn source, and the machines whose churn was derived (docs/inputs.md#churn-sources). */
export interface ChurnSources {
  counts: Partial<Record<ChurnSource, number>>;
  derived: MachineChurnSource[];
}

/** Counts machines by churn source and lists the derived ones, with the rate applied. */
export function churnSourcesOf(machines: readonly Machine[], ratePercent: number | null): ChurnSources {
  const counts: Partial<Record<ChurnSource, number>> = {};
  const derived: MachineChurnSource[] = [];
  for (const m of withChurnRate(machines, ratePercent)) {
    const source = m.churnSource ?? 'measured';
    counts[source] = (counts[source] ?? 0) + 1;
    if (source !== 'measured') derived.push({ machine: m.name, site: m.site, churnSource: source, dailyChurnGB: roundTo(m.dailyChurnGB) });
  }
  return { counts, derived };
}

/** Machine counts per churn source, as the `churnSources.counts` message takes them (0 for a source not seen). */
export function churnCounts(c: Partial<Record<ChurnSource, number>>) {
  return {
    measured: c.measured ?? 0,
    writeThroughput: c['write-throughput'] ?? 0,
    apportioned: c.apportioned ?? 0,
    estimated: c.estimated ?? 0,
  };
}
