/** After the moves: every server's load, and every limit still broken, said out loud. */

import type { Machine } from '../model';
import { membersOf, type Item } from '../planner';
import type { Tier } from '../rules';
import { fits, NO_LOAD, tierCapacity, type Capacity } from '../capacity';
import { roundTo } from '../units';
import type { BuiltMoves } from './moves';
import type { DeploymentServer, Unresolved } from './types';

/**
 * Sets each server's `after` load from where the machines end, and adds an unresolved entry for
 * every server still over its limits (or its target), every dedicated new server above the
 * headroom-scaled limits, and every item too big for any process server.
 */
export function verify(
  servers: DeploymentServer[],
  built: BuiltMoves,
  tooBig: readonly Item[],
  machines: readonly Machine[],
  churn: Float64Array,
  headroomPercent: number,
  top: Tier,
  unresolved: Unresolved[],
): void {
  const after = servers.map((): Capacity => ({ ...NO_LOAD }));
  built.final.forEach((s, i) => {
    if (s < 0 || s >= servers.length) return;
    after[s]!.machines++;
    after[s]!.churnGBPerDay += churn[i]!;
  });
  const reported = new Set(unresolved.map((u) => u.server));
  servers.forEach((s, i) => {
    s.after = after[i]!;
    if (reported.has(s.id)) return;
    const within = fits(s.after, s.limits) && (!s.target || fits(s.after, s.target));
    if (!within) {
      unresolved.push({
        server: s.id,
        site: s.site,
        code: 'still-over',
        params: { server: s.id, load: s.after, limits: s.limits, tier: s.tier.id, tierMatch: s.tierMatch.kind },
      });
    }
  });
  for (const n of built.newServers) {
    if (!n.dedicated || fits({ machines: n.machineCount, churnGBPerDay: n.churnGBPerDay }, tierCapacity(n.tier, headroomPercent))) continue;
    unresolved.push({
      server: n.id,
      site: n.site,
      code: 'dedicated-over-headroom',
      params: { server: n.id, machines: n.machineCount, churnGBPerDay: n.churnGBPerDay, tier: n.tier.id, headroomPercent },
    });
  }
  for (const it of tooBig) {
    unresolved.push({
      server: '',
      site: it.site,
      code: 'item-too-big',
      params: {
        group: it.group,
        machine: machines[membersOf(it)[0]!]!.name,
        machines: it.machines,
        churnGBPerDay: roundTo(it.churn),
        tier: top.id,
        limits: { machines: top.maxMachines, churnGBPerDay: top.maxChurnGBPerDay },
      },
    });
  }
}
