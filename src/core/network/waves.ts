import { atLeast } from '../capacity';

/** Megabits in one gigabyte (docs/rules.md#units: 1 GB = 8 × 1024 Mbit). */
export const MBIT_PER_GB = 8 * 1024;

/** Something seeded whole in one wave: a machine, or the machines of a group with a known size. */
export interface SeedItem {
  machines: string[];
  /** Data to copy, GB. */
  gb: number;
  /** Average churn of its machines once protected, Mbit/s. */
  mbps: number;
}

/** One wave of initial replication: the machines seeded together, their data and how long it takes. */
export interface Wave {
  machines: string[];
  gb: number;
  hours: number;
  /** Link left for seeding while the wave runs (the link less earlier waves' churn), Mbit/s. */
  freeMbps: number;
}

/** A site's waves, and the machines no wave could take because earlier waves' churn filled the link. */
export interface Waves {
  waves: Wave[];
  blocked: string[];
}

/** GB a wave can copy in `goalHours` with `freeMbps` of the link (docs/rules.md#initial-replication-waves). */
export function waveCapacityGB(goalHours: number, freeMbps: number): number {
  return (goalHours * 3600 * freeMbps) / MBIT_PER_GB;
}

/** Hours to copy `gb` with `freeMbps` of the link. */
function seedHours(gb: number, freeMbps: number): number {
  return (gb * MBIT_PER_GB) / (3600 * freeMbps);
}

/**
 * Initial replication in waves (docs/rules.md#initial-replication-waves): largest item first; each
 * wave takes the largest items that still fit its capacity, which shrinks by the churn of the
 * machines already protected; an item bigger than a wave is a wave of its own. Once that churn
 * reaches the link no wave fits: the rest is `blocked` and filling stops. Every wave removes at
 * least one item, so it always ends; O(n log n).
 */
export function fillWaves(items: readonly SeedItem[], linkMbps: number, goalHours: number): Waves {
  const sorted = [...items].sort((a, b) => b.gb - a.gb || (a.machines[0]! < b.machines[0]! ? -1 : a.machines[0]! > b.machines[0]! ? 1 : 0));
  const n = sorted.length;
  // next[i]: the first item at or after i not yet in a wave (n: none), with path halving.
  const next = Int32Array.from({ length: n + 1 }, (_, i) => i);
  const find = (i: number): number => {
    while (next[i] !== i) i = next[i] = next[next[i]!]!;
    return i;
  };
  const take = (i: number) => (next[i] = i + 1);
  // The first index whose size is at most `gb` (sizes descend).
  const firstAtMost = (gb: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.gb > gb) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const waves: Wave[] = [];
  let churn = 0;
  for (let first = find(0); first < n; first = find(0)) {
    // Earlier waves' churn fills the link (equal counts as full, float error aside): no wave fits.
    if (atLeast(churn, linkMbps)) break;
    const free = linkMbps - churn;
    const picked: SeedItem[] = [];
    let room = waveCapacityGB(goalHours, free);
    if (sorted[first]!.gb > room) {
      picked.push(sorted[first]!);
      take(first);
    } else {
      for (let i = find(firstAtMost(room)); i < n; i = find(firstAtMost(room))) {
        picked.push(sorted[i]!);
        room -= sorted[i]!.gb;
        take(i);
      }
    }
    const gb = picked.reduce((s, it) => s + it.gb, 0);
    waves.push({ machines: picked.flatMap((it) => it.machines), gb, hours: seedHours(gb, free), freeMbps: free });
    churn += picked.reduce((s, it) => s + it.mbps, 0);
  }
  const blocked: string[] = [];
  for (let i = find(0); i < n; i = find(i + 1)) blocked.push(...sorted[i]!.machines);
  return { waves, blocked };
}
