import type { Tier } from '../rules';
import { atLeast, floorTolerant, type Capacity } from '../capacity';

/** A tier with its headroom-scaled limits and the reference limits utilisation is measured against. */
export interface SizedTier {
  tier: Tier;
  cap: Capacity;
  ref: Capacity;
}

/** A candidate server line-up for one site: the configuration tier (if it replicates) and counts per scale-out tier. */
export interface TierMix {
  config: SizedTier | null;
  /** counts[i] servers of scaleOut[i]. */
  counts: number[];
  servers: number;
  vcpu: number;
  /** Estimated largest utilisation if the load were spread as evenly as the limits allow. */
  evenness: number;
}

interface Kind {
  count: number;
  cap: number;
  ref: number;
}

/**
 * The level x at which Σ min(capᵢ, x·refᵢ) over all slots equals `total` (water filling), or
 * Infinity when the slots can't hold it. A lower level means a more even plan is possible.
 */
function fillLevel(kinds: readonly Kind[], total: number): number {
  if (total <= 0) return 0;
  const live = kinds.filter((k) => k.count > 0 && k.ref > 0);
  const full = live.reduce((s, k) => s + k.count * k.cap, 0);
  if (!atLeast(full, total)) return Infinity;
  // Raise the level past each slot kind's saturation point in turn.
  const sorted = [...live].sort((a, b) => a.cap / a.ref - b.cap / b.ref);
  let capped = 0;
  let slope = sorted.reduce((s, k) => s + k.count * k.ref, 0);
  for (const k of sorted) {
    const sat = k.cap / k.ref;
    if (capped + slope * sat >= total) return (total - capped) / slope;
    capped += k.count * k.cap;
    slope -= k.count * k.ref;
  }
  return sorted.length ? sorted[sorted.length - 1]!.cap / sorted[sorted.length - 1]!.ref : Infinity;
}

function estimate(mix: { config: SizedTier | null; counts: number[] }, scaleOut: readonly SizedTier[], load: Capacity): number {
  const all = scaleOut.map((t, i) => ({ t, n: mix.counts[i]! }));
  if (mix.config) all.push({ t: mix.config, n: 1 });
  const dim = (pick: (l: Capacity) => number) =>
    fillLevel(
      all.map(({ t, n }) => ({ count: n, cap: pick(t.cap), ref: pick(t.ref) })),
      pick(load),
    );
  return Math.max(
    dim((l) => l.machines),
    dim((l) => l.churnGBPerDay),
  );
}

type Visit = (config: SizedTier | null, counts: readonly number[], vcpu: number) => void;

/**
 * Visits the cheapest line-ups of exactly `servers` scale-out slots (plus one of `configs`, if
 * any) whose total limits cover `load`. Tiers must grow in both limits as vCPU grows. For each
 * count of the larger tiers only the two cheapest splits between the two smallest tiers are
 * visited: every other split costs more and holds no more.
 */
function forEachMix(scaleOut: readonly SizedTier[], configs: readonly SizedTier[], servers: number, load: Capacity, visit: Visit): void {
  const k = scaleOut.length;
  const counts = new Array<number>(k).fill(0);
  const emit = (config: SizedTier | null) =>
    visit(config, counts, (config?.tier.vcpu ?? 0) + counts.reduce((s, n, i) => s + n * scaleOut[i]!.tier.vcpu, 0));
  // Fix the counts of tiers 2..k-1 (largest first), then split the rest between tiers 0 and 1.
  const recurse = (config: SizedTier | null, idx: number, left: number, cap: Capacity): void => {
    if (idx >= 2) {
      const t = scaleOut[idx]!.cap;
      for (let n = left; n >= 0; n--) {
        counts[idx] = n;
        recurse(config, idx - 1, left - n, {
          machines: cap.machines + n * t.machines,
          churnGBPerDay: cap.churnGBPerDay + n * t.churnGBPerDay,
        });
      }
      counts[idx] = 0;
      return;
    }
    if (k === 1) {
      if (
        left * scaleOut[0]!.cap.machines + cap.machines >= load.machines &&
        atLeast(left * scaleOut[0]!.cap.churnGBPerDay + cap.churnGBPerDay, load.churnGBPerDay)
      ) {
        counts[0] = left;
        emit(config);
      }
      return;
    }
    const small = scaleOut[0]!.cap;
    const big = scaleOut[1]!.cap;
    // Largest a with a·small + (left−a)·big + cap ≥ load, in one dimension.
    const maxA = (need: number, s: number, b: number) =>
      b === s ? (atLeast(left * b, need) ? left : -1) : floorTolerant((left * b - need) / (b - s));
    const a = Math.min(
      left,
      maxA(load.machines - cap.machines, small.machines, big.machines),
      maxA(load.churnGBPerDay - cap.churnGBPerDay, small.churnGBPerDay, big.churnGBPerDay),
    );
    for (const aa of [a, a - 1]) {
      if (aa < 0) continue;
      counts[0] = aa;
      counts[1] = left - aa;
      emit(config);
    }
    counts[0] = 0;
    counts[1] = 0;
  };
  const cfgs: (SizedTier | null)[] = configs.length ? [...configs] : [null];
  for (const config of cfgs) recurse(config, k - 1, servers, config ? { ...config.cap } : { machines: 0, churnGBPerDay: 0 });
}

/** The line-ups of `forEachMix` costing at most `maxVcpu`, with their evenness estimate. */
export function tierMixes(
  scaleOut: readonly SizedTier[],
  configs: readonly SizedTier[],
  servers: number,
  load: Capacity,
  maxVcpu = Infinity,
): TierMix[] {
  const out: TierMix[] = [];
  forEachMix(scaleOut, configs, servers, load, (config, counts, vcpu) => {
    if (vcpu > maxVcpu) return;
    const mix = { config, counts: [...counts], servers, vcpu, evenness: 0 };
    mix.evenness = estimate(mix, scaleOut, load);
    out.push(mix);
  });
  return out;
}

/** The fewest vCPU any line-up of `servers` slots can cost, or Infinity. */
export function cheapestVcpu(scaleOut: readonly SizedTier[], configs: readonly SizedTier[], servers: number, load: Capacity): number {
  let best = Infinity;
  forEachMix(scaleOut, configs, servers, load, (_c, _n, vcpu) => {
    if (vcpu < best) best = vcpu;
  });
  return best;
}

/** Orders line-ups cheapest first, then most even, then by their counts (for determinism). */
export function compareMixes(a: TierMix, b: TierMix): number {
  if (a.vcpu !== b.vcpu) return a.vcpu - b.vcpu;
  if (a.servers !== b.servers) return a.servers - b.servers;
  if (a.evenness !== b.evenness) return a.evenness - b.evenness;
  for (let i = a.counts.length - 1; i >= 0; i--) if (a.counts[i] !== b.counts[i]) return a.counts[i]! - b.counts[i]!;
  return (a.config?.tier.vcpu ?? 0) - (b.config?.tier.vcpu ?? 0);
}
