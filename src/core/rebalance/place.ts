/** Placing items that must move onto the servers of their site that may take them. */

import type { Item } from '../planner';
import { fullestShare, hasRoom, type Capacity } from '../capacity';

/** A server that may take machines: its capacity (limits at headroom) and load so far. */
export interface Receiver {
  server: number;
  site: string;
  cap: Capacity;
  load: Capacity;
  /** The tier's published limits, against which utilisation is measured. */
  ref: Capacity;
}

/** An item to place: where it comes from (-1 = unassigned) and its priority class (lower first). */
export interface Pending {
  item: Item;
  from: number;
  cls: number;
  /** The server holding the rest of its group, preferred when it has room. */
  home?: number;
}

/** Where each placed item goes (a server index), and what found no room. */
export interface Placement {
  to: Map<Pending, number>;
  leftover: Pending[];
}

const room = (r: Receiver, it: Item) => hasRoom(r.load, it.machines, it.churn, r.cap);

const util = (r: Receiver) => fullestShare(r.load, r.ref);

/** An item's size against the largest scale-out tier, for largest-first orders. */
const sizeOf = (it: Item, top: Capacity) => fullestShare({ machines: it.machines, churnGBPerDay: it.churn }, top);

/**
 * Balanced: by class (critical servers' load first), largest first, each item to the least
 * utilised server of its site with room (its group's server first, when it has room).
 */
export function placeBalanced(pending: readonly Pending[], receivers: readonly Receiver[], top: Capacity): Placement {
  const rs = copy(receivers);
  const order = [...pending].sort((a, b) => a.cls - b.cls || sizeOf(b.item, top) - sizeOf(a.item, top) || a.item.order - b.item.order);
  return assignEach(order, rs, (it, p) => {
    const home = p.home === undefined ? undefined : rs.find((r) => r.server === p.home && r.site === it.site && room(r, it));
    if (home) return home;
    let best: Receiver | undefined;
    for (const r of rs) if (r.site === it.site && room(r, it) && (!best || util(r) < util(best))) best = r;
    return best;
  });
}

/** First-fit decreasing: largest first, each item to the first server of its site with room. Fits tight loads. */
export function placeFirstFit(pending: readonly Pending[], receivers: readonly Receiver[], top: Capacity): Placement {
  const rs = copy(receivers);
  const order = [...pending].sort((a, b) => sizeOf(b.item, top) - sizeOf(a.item, top) || a.item.order - b.item.order);
  return assignEach(order, rs, (it) => rs.find((r) => r.site === it.site && room(r, it)));
}

function copy(receivers: readonly Receiver[]): Receiver[] {
  return receivers.map((r) => ({ ...r, load: { ...r.load } }));
}

function assignEach(order: Pending[], rs: Receiver[], choose: (it: Item, p: Pending) => Receiver | undefined): Placement {
  const out: Placement = { to: new Map(), leftover: [] };
  for (const p of order) {
    const r = choose(p.item, p);
    if (!r) {
      out.leftover.push(p);
      continue;
    }
    r.load.machines += p.item.machines;
    r.load.churnGBPerDay += p.item.churn;
    out.to.set(p, r.server);
  }
  return out;
}
