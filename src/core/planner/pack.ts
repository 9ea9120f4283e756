import type { ServerRole, Tier } from '../rules';
import { churnCeiling, type Capacity } from '../capacity';
import type { Item } from './items';
import { MinHeap } from './min-heap';
import { FirstFitTree } from './first-fit-tree';

/**
 * One server slot in a packing attempt: its role, the tier it is sized at, that tier's limits at
 * headroom, and the limits its utilisation is measured against (its role's largest tier).
 */
export interface BinSpec {
  role: ServerRole;
  tier: Tier;
  cap: Capacity;
  ref: Capacity;
}

/** Items in packing order, as flat arrays so packing passes allocate nothing per item. */
export interface PackItems {
  items: Item[];
  machines: Int32Array;
  churn: Float64Array;
}

/** The outcome of one packing pass: which slot each item went to, and each slot's load. */
interface Packing {
  specs: BinSpec[];
  /** assign[k] = slot of items[k]. */
  assign: Int32Array;
  machines: Float64Array;
  churn: Float64Array;
}

// Churn sums are floating point: room is checked against the churn ceiling `fits` uses.
const churnCap = (cap: Capacity) => churnCeiling(cap.churnGBPerDay);

/**
 * Sorts items for packing, largest first. Size weighs each dimension by how much the site needs
 * of it, so the dimension that binds decides the order and the other breaks ties. Items must be
 * in input order.
 */
export function packingOrder(items: readonly Item[], cap: Capacity, load: Capacity): PackItems {
  const wm = load.machines / cap.machines / cap.machines;
  const wc = load.churnGBPerDay / cap.churnGBPerDay / cap.churnGBPerDay;
  const n = items.length;
  const size = new Float64Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) {
    size[i] = wm * items[i]!.machines + wc * items[i]!.churn;
    if (size[i]! > max) max = size[i]!;
  }
  // One numeric sort instead of a comparator sort: each key holds the size (quantised to 31 bits,
  // largest first) above the item's index (items are in input order, so ties keep input order).
  const keys = new Float64Array(n);
  const scale = max > 0 ? (2 ** 31 - 1) / max : 0;
  for (let i = 0; i < n; i++) keys[i] = Math.floor((max - size[i]!) * scale) * INDEX_SPAN + i;
  keys.sort();
  const sorted = new Array<Item>(n);
  const machines = new Int32Array(n);
  const churn = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const it = items[keys[k]! % INDEX_SPAN]!;
    sorted[k] = it;
    machines[k] = it.machines;
    churn[k] = it.churn;
  }
  return { items: sorted, machines, churn };
}

/** Most items one site may hold (2^21): the index shares a float's 53 bits with the size. */
const INDEX_SPAN = 2 ** 21;

function emptyPacking(specs: BinSpec[], n: number): Packing {
  return { specs, assign: new Int32Array(n), machines: new Float64Array(specs.length), churn: new Float64Array(specs.length) };
}

/**
 * Balanced pass: each item goes to the slot with the lowest utilisation (against the role's
 * largest tier) that has room, which levels the load (objective rule 3). Null when an item fits
 * nowhere.
 */
export function packBalanced(p: PackItems, specs: BinSpec[]): Packing | null {
  const out = emptyPacking(specs, p.items.length);
  const { machines: bm, churn: bc } = out;
  const capM = specs.map((s) => s.cap.machines);
  const capC = specs.map((s) => churnCap(s.cap));
  const invM = specs.map((s) => 1 / s.ref.machines);
  const invC = specs.map((s) => 1 / s.ref.churnGBPerDay);
  const keys = new Float64Array(specs.length);
  const heap = new MinHeap(keys);
  for (let b = 0; b < specs.length; b++) if (capM[b]! > 0) heap.push(b);
  // Slots popped without room for this item, pushed back after: a fixed stack, no per-item garbage.
  const skipped = new Int32Array(specs.length);
  for (let k = 0; k < p.items.length; k++) {
    const m = p.machines[k]!;
    const c = p.churn[k]!;
    let chosen = -1;
    let nSkipped = 0;
    while (heap.size > 0) {
      const b = heap.pop();
      if (bm[b]! + m <= capM[b]! && bc[b]! + c <= capC[b]!) {
        chosen = b;
        break;
      }
      skipped[nSkipped++] = b;
    }
    for (let s = 0; s < nSkipped; s++) heap.push(skipped[s]!);
    if (chosen < 0) return null;
    const nm = (bm[chosen] = bm[chosen]! + m);
    const nc = (bc[chosen] = bc[chosen]! + c);
    out.assign[k] = chosen;
    // A slot with no machine left can take nothing more: it leaves the heap for good.
    if (nm < capM[chosen]!) {
      const um = nm * invM[chosen]!;
      const uc = nc * invC[chosen]!;
      keys[chosen] = um > uc ? um : uc;
      heap.push(chosen);
    }
  }
  return out;
}

/**
 * First-fit decreasing pass: each item goes to the first slot with room. It fills slots one
 * after another, so it fits tight loads the balanced pass spreads too thin. Null when an item
 * fits nowhere.
 */
export function packFirstFit(p: PackItems, specs: BinSpec[]): Packing | null {
  const out = emptyPacking(specs, p.items.length);
  const tree = new FirstFitTree(
    specs.map((s) => s.cap.machines),
    specs.map((s) => churnCap(s.cap)),
  );
  for (let k = 0; k < p.items.length; k++) {
    const m = p.machines[k]!;
    const c = p.churn[k]!;
    const b = tree.first(m, c);
    if (b < 0) return null;
    tree.take(b, m, c);
    out.machines[b] = out.machines[b]! + m;
    out.churn[b] = out.churn[b]! + c;
    out.assign[k] = b;
  }
  return out;
}

/** A slot with its spec, load and items. */
export interface Bin {
  spec: BinSpec;
  machines: number;
  churn: number;
  items: Item[];
}

/** Turns a packing into bins holding their items. */
export function toBins(p: PackItems, packing: Packing): Bin[] {
  const bins: Bin[] = packing.specs.map((spec, b) => ({ spec, machines: packing.machines[b]!, churn: packing.churn[b]!, items: [] }));
  for (let k = 0; k < p.items.length; k++) bins[packing.assign[k]!]!.items.push(p.items[k]!);
  return bins;
}
