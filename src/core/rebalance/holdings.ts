/** What each running server holds, as the planner's items: a machine, or a group that moves whole. */

import type { DeploymentNotice } from '../deployment';
import type { Machine } from '../model';
import type { Item } from '../planner';

/** Items per server, the unassigned items, and where an unassigned group member's group lives. */
export interface Holdings {
  byServer: Item[][];
  unassigned: Item[];
  /** For an unassigned item of a group held by exactly one server: that server. */
  home: Map<Item, number>;
}

/**
 * Groups machines into items per server. A group split over several servers today stays split
 * (each part is one item, reported): joining it would move machines from servers that need nothing.
 */
export function buildHoldings(
  machines: readonly Machine[],
  assignment: Int32Array,
  churn: Float64Array,
  serverIds: readonly string[],
  notices: DeploymentNotice[],
): Holdings {
  const byServer = serverIds.map((): Item[] => []);
  const unassigned: Item[] = [];
  const grouped = new Map<string, Item>();
  const groupServers = new Map<string, Set<number>>();
  for (let i = 0; i < machines.length; i++) {
    const m = machines[i]!;
    const s = assignment[i]!;
    const list = s >= 0 ? byServer[s]! : unassigned;
    if (m.group === '') {
      list.push({ site: m.site, group: '', members: null, machines: 1, churn: churn[i]!, order: i });
      continue;
    }
    const gk = `${m.site}\u0000${m.group}`;
    if (s >= 0) {
      let set = groupServers.get(gk);
      if (!set) groupServers.set(gk, (set = new Set()));
      set.add(s);
    }
    const key = `${s}\u0000${gk}`;
    const it = grouped.get(key);
    if (it) {
      it.members!.push(i);
      it.machines++;
      it.churn += churn[i]!;
    } else {
      const item: Item = { site: m.site, group: m.group, members: [i], machines: 1, churn: churn[i]!, order: i };
      grouped.set(key, item);
      list.push(item);
    }
  }
  const home = new Map<Item, number>();
  for (const it of unassigned) {
    const set = it.group === '' ? undefined : groupServers.get(`${it.site}\u0000${it.group}`);
    if (set?.size === 1) home.set(it, [...set][0]!);
  }
  splitNotices(groupServers, serverIds, notices);
  return { byServer, unassigned, home };
}

function splitNotices(groupServers: Map<string, Set<number>>, serverIds: readonly string[], notices: DeploymentNotice[]): void {
  for (const [key, set] of groupServers) {
    if (set.size < 2) continue;
    const [site, group] = key.split('\u0000') as [string, string];
    const names = [...set]
      .sort((a, b) => a - b)
      .map((s) => serverIds[s]!)
      .join(', ');
    notices.push({ code: 'group-split', params: { group, site, servers: names } });
  }
}
