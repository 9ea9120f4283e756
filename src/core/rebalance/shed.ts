/** The cheapest set of items a server can give away to come within a target load. */

import { churnCeiling, TOLERANCE, type Capacity } from '../capacity';

/** A candidate: its machines and its churn (GB/day). */
interface Sheddable {
  machines: number;
  churn: number;
}

// Above this many DP cells (items × machines) a greedy choice replaces the exact one.
const MAX_DP_CELLS = 4_000_000;
const MAX_SWAP_PASSES = 64;
// Search nodes for the least-churn tie-break; past this the best set found so far is kept.
const MAX_NODES = 200_000;

/**
 * Picks items whose removal brings `load` within `target`: the fewest machines, then the least
 * churn. Returns item indices (ascending), or null when even all candidates are not enough. The
 * machine count is exact (a knapsack over machine counts). The churn tie-break is exact when only
 * the machine limit binds (a second knapsack), and otherwise a bounded branch and bound from two
 * swap-polished starts: exact unless the search runs out of nodes. Every returned item is needed:
 * dropping any one leaves the server over.
 */
export function cheapestShed(items: readonly Sheddable[], load: Capacity, target: Capacity): number[] | null {
  const needM = Math.max(0, load.machines - target.machines);
  // The tolerance of `fits`, so a load exactly at its limit is within it.
  const needC = load.churnGBPerDay - churnCeiling(target.churnGBPerDay);
  if (needM === 0 && needC <= 0) return [];
  const total = items.reduce((s, it) => s + it.machines, 0);
  const picked = items.length * (total + 1) <= MAX_DP_CELLS ? exact(items, total, needM, needC) : greedy(items, needM, needC);
  return picked && prune(items, picked, needM, needC).sort((a, b) => a - b);
}

function exact(items: readonly Sheddable[], total: number, needM: number, needC: number): number[] | null {
  const most = knapsack(items, total, 'max');
  let k = needM;
  while (k <= total && !(most.best[k]! >= needC)) k++;
  if (k > total) return null;
  if (needC <= 0) return knapsack(items, total, 'min').pick(k);
  // Two starts, each polished by swaps; the one that moves less churn wins.
  const a = lessChurn(items, most.pick(k), needC);
  const b = lessChurn(items, smallestFirst(items, k, needC), needC);
  return leastChurn(items, k, needC, churnOf(items, b) < churnOf(items, a) ? b : a);
}

const churnOf = (items: readonly Sheddable[], set: readonly number[]) => set.reduce((s, i) => s + items[i]!.churn, 0);

/**
 * Exactly `k` machines with at least `needC` churn, built quietest first: an item is taken when
 * the louder ones after it can still make up the rest (a suffix knapsack says so).
 */
function smallestFirst(items: readonly Sheddable[], k: number, needC: number): number[] {
  const order = [...items.keys()].sort((a, b) => items[a]!.churn - items[b]!.churn || a - b);
  const w = k + 1;
  // suf[i * w + j] = the most churn of order[i..] with exactly j machines.
  const suf = new Float64Array((order.length + 1) * w).fill(-Infinity);
  suf[order.length * w] = 0;
  for (let i = order.length - 1; i >= 0; i--) {
    const it = items[order[i]!]!;
    for (let j = 0; j <= k; j++) {
      const skip = suf[(i + 1) * w + j]!;
      const take = j >= it.machines ? suf[(i + 1) * w + j - it.machines]! + it.churn : -Infinity;
      suf[i * w + j] = Math.max(skip, take);
    }
  }
  const out: number[] = [];
  let r = k;
  let need = needC;
  for (let i = 0; i < order.length && r > 0; i++) {
    const it = items[order[i]!]!;
    if (it.machines > r || !(suf[(i + 1) * w + r - it.machines]! >= need - it.churn)) continue;
    out.push(order[i]!);
    r -= it.machines;
    need -= it.churn;
  }
  return out;
}

/** best[k] = the most (or least) churn of a subset with exactly k machines; pick(k) rebuilds it. */
function knapsack(items: readonly Sheddable[], total: number, mode: 'max' | 'min') {
  const w = total + 1;
  const none = mode === 'max' ? -Infinity : Infinity;
  const best = new Float64Array(w).fill(none);
  best[0] = 0;
  const took = new Uint8Array(items.length * w);
  items.forEach((it, i) => {
    for (let k = total; k >= it.machines; k--) {
      const prev = best[k - it.machines]!;
      if (prev === none) continue;
      const v = prev + it.churn;
      if (mode === 'max' ? v > best[k]! : v < best[k]!) {
        best[k] = v;
        took[i * w + k] = 1;
      }
    }
  });
  const pick = (k: number): number[] => {
    const out: number[] = [];
    for (let i = items.length - 1, left = k; i >= 0; i--) {
      if (took[i * w + left]) {
        out.push(i);
        left -= items[i]!.machines;
      }
    }
    return out;
  };
  return { best, pick };
}

// Swaps a chosen item for an unchosen one of the same size and less churn while the churn shed
// still covers what is needed: the machine count stays, the churn moved shrinks.
function lessChurn(items: readonly Sheddable[], chosen: number[], needC: number): number[] {
  const inSet = new Uint8Array(items.length);
  for (const i of chosen) inSet[i] = 1;
  let sum = chosen.reduce((s, i) => s + items[i]!.churn, 0);
  for (let pass = 0; pass < MAX_SWAP_PASSES; pass++) {
    let improved = false;
    for (let i = 0; i < items.length; i++) {
      if (!inSet[i]) continue;
      const a = items[i]!;
      let best = -1;
      for (let j = 0; j < items.length; j++) {
        const b = items[j]!;
        if (inSet[j] || b.machines !== a.machines || b.churn >= a.churn) continue;
        if (sum - a.churn + b.churn < needC) continue;
        if (best < 0 || b.churn < items[best]!.churn) best = j;
      }
      if (best < 0) continue;
      inSet[i] = 0;
      inSet[best] = 1;
      sum += items[best]!.churn - a.churn;
      improved = true;
    }
    if (!improved) break;
  }
  return [...inSet.keys()].filter((i) => inSet[i]);
}

// For servers too large for the exact search: by churn per machine, most first when churn must
// fall, least first when only the machine count must.
function greedy(items: readonly Sheddable[], needM: number, needC: number): number[] | null {
  const rate = (i: number) => items[i]!.churn / Math.max(1, items[i]!.machines);
  const order = [...items.keys()].sort((a, b) => (needC > 0 ? rate(b) - rate(a) : rate(a) - rate(b)) || a - b);
  const out: number[] = [];
  let m = 0;
  let c = 0;
  for (const i of order) {
    if (m >= needM && c >= needC) break;
    out.push(i);
    m += items[i]!.machines;
    c += items[i]!.churn;
  }
  return m >= needM && c >= needC ? out : null;
}

// Drops any item the rest can do without, smallest churn first: nothing moves that needn't.
function prune(items: readonly Sheddable[], picked: number[], needM: number, needC: number): number[] {
  let m = picked.reduce((s, i) => s + items[i]!.machines, 0);
  let c = picked.reduce((s, i) => s + items[i]!.churn, 0);
  const keep = new Set(picked);
  for (const i of [...picked].sort((a, b) => items[a]!.churn - items[b]!.churn || a - b)) {
    const it = items[i]!;
    if (m - it.machines >= needM && c - it.churn >= needC) {
      keep.delete(i);
      m -= it.machines;
      c -= it.churn;
    }
  }
  return [...keep];
}

/**
 * Branch and bound for the least churn with exactly `k` machines and at least `needC` churn,
 * started from `incumbent`. Exact unless it runs out of nodes (large servers), then the best found.
 */
function leastChurn(items: readonly Sheddable[], k: number, needC: number, incumbent: number[]): number[] {
  const order = [...items.keys()].sort((a, b) => items[b]!.churn - items[a]!.churn || a - b);
  const n = order.length;
  const w = k + 1;
  const most = new Float64Array((n + 1) * w).fill(-Infinity);
  const least = new Float64Array((n + 1) * w).fill(Infinity);
  most[n * w] = 0;
  least[n * w] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const it = items[order[i]!]!;
    for (let j = 0; j <= k; j++) {
      const at = (i + 1) * w + j;
      const prev = j >= it.machines ? at - it.machines : -1;
      most[i * w + j] = Math.max(most[at]!, prev >= 0 ? most[prev]! + it.churn : -Infinity);
      least[i * w + j] = Math.min(least[at]!, prev >= 0 ? least[prev]! + it.churn : Infinity);
    }
  }
  let best = churnOf(items, incumbent);
  let bestSet = incumbent;
  const stack: number[] = [];
  let nodes = 0;
  const visit = (i: number, r: number, sum: number): void => {
    if (++nodes > MAX_NODES) return;
    if (r === 0) {
      if (sum >= needC && sum < best - TOLERANCE) {
        best = sum;
        bestSet = [...stack];
      }
      return;
    }
    if (i === n || sum + most[i * w + r]! < needC) return;
    if (Math.max(needC, sum + least[i * w + r]!) >= best - TOLERANCE) return;
    const it = items[order[i]!]!;
    if (it.machines <= r) {
      stack.push(order[i]!);
      visit(i + 1, r - it.machines, sum + it.churn);
      stack.pop();
    }
    visit(i + 1, r, sum);
  };
  visit(0, k, 0);
  return bestSet;
}
