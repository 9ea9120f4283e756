/** Turning a placement and the new servers into named servers and one move per machine. */

import type { Machine } from '../model';
import { membersOf, type Item } from '../planner';
import type { Holdings } from './holdings';
import type { NewServersPlan } from './new-servers';
import type { Placement } from './place';
import { serverKey, type ResolvedDeployment } from './resolve';
import type { Move, MoveCause, NewServer } from './types';

/** The moves, the new servers, and where every machine ends (new servers after the existing ones). */
export interface BuiltMoves {
  moves: Move[];
  newServers: NewServer[];
  /** Final server index per machine: existing servers first, then new ones; -1 = still unassigned. */
  final: Int32Array;
}

/** Names new servers NEW01, NEW02, … (skipping names already in use) and lists every move. */
export function buildMoves(
  machines: readonly Machine[],
  d: ResolvedDeployment,
  placement: Placement,
  fresh: NewServersPlan,
  holdings: Holdings,
): BuiltMoves {
  const { servers } = d;
  const final = Int32Array.from(d.assignment);
  const ids = newIds(fresh.bins.length, new Set(servers.map((s) => serverKey(s.id))));
  const newServers = fresh.bins.map((b, k): NewServer => ({
    id: ids[k]!,
    site: b.site,
    tier: b.tier,
    machineCount: b.machines,
    churnGBPerDay: b.churn,
    dedicated: b.dedicated,
    machines: b.items
      .flatMap((it) => membersOf(it))
      .sort((x, y) => x - y)
      .map((i) => machines[i]!.name),
  }));
  const homeOf = homes(holdings, d);
  const fromOf = new Map<Item, number>();
  for (const p of [...placement.to.keys(), ...placement.leftover]) fromOf.set(p.item, p.from);
  const raw: { index: number; from: number; to: number; isNew: boolean }[] = [];
  const record = (it: Item, to: number, isNew: boolean) => {
    for (const i of membersOf(it)) {
      raw.push({ index: i, from: fromOf.get(it) ?? -1, to, isNew });
      final[i] = to;
    }
  };
  for (const [p, to] of placement.to) record(p.item, to, false);
  fresh.bins.forEach((b, k) => b.items.forEach((it) => record(it, servers.length + k, true)));
  // Grouped by source server in server order, unassigned last; machines in inventory order.
  const key = (f: number) => (f < 0 ? servers.length : f);
  raw.sort((a, b) => key(a.from) - key(b.from) || a.index - b.index);
  const moves = raw.map((r): Move => {
    const m = machines[r.index]!;
    const to = r.isNew ? newServers[r.to - servers.length]! : servers[r.to]!;
    return {
      machine: m.name,
      site: m.site,
      group: m.group,
      from: r.from >= 0 ? servers[r.from]!.id : '',
      to: to.id,
      churnGBPerDay: d.churn[r.index]!,
      because: r.from >= 0 ? causes(servers[r.from]!.shedReasons.map((x) => x.kind)) : ['unassigned'],
      groupHome: r.from < 0 && m.group !== '' ? (homeOf.get(r.index) ?? null) : null,
      toNewServer: r.isNew,
    };
  });
  return { moves, newServers, final };
}

function newIds(count: number, taken: Set<string>): string[] {
  const width = Math.max(2, String(count).length);
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) {
    const id = `NEW${String(n).padStart(width, '0')}`;
    if (!taken.has(serverKey(id))) out.push(id);
  }
  return out;
}

function causes(kinds: ('over-limit' | 'load-critical')[]): MoveCause[] {
  return [...new Set(kinds)];
}

// Machine index → the server holding the rest of its group, for unassigned group members.
function homes(holdings: Holdings, d: ResolvedDeployment): Map<number, string> {
  const out = new Map<number, string>();
  for (const [item, server] of holdings.home) for (const i of membersOf(item)) out.set(i, d.servers[server]!.id);
  return out;
}
