/** English sentences for why machines move and what stays unresolved (codes and figures beside them). */

import type { Capacity } from '../capacity';
import { roundTo } from '../units';
import type { DeploymentServer, ShedReason } from './types';

const SIGNAL_LABEL = { cpu: 'CPU', memory: 'memory', cacheFree: 'cache free space' } as const;

const n1 = (x: number) => String(roundTo(x, 1));

/** The tier as a move's reason names it: "PS-8", "PS-4, assumed", "PS-4, the nearest tier". */
export function tierLabel(s: DeploymentServer): string {
  if (s.tierMatch.kind === 'assumed') return `${s.tier.id}, assumed`;
  if (s.tierMatch.kind === 'no-tier') return `${s.tier.id}, the nearest tier`;
  return s.tier.id;
}

/** One reason as a clause: "PS02 is over its machine limit at 100 % headroom (160 of 150 for PS-8)". */
export function shedReasonText(s: DeploymentServer, r: ShedReason): string {
  if (r.kind === 'load-critical') {
    return `${s.id} is critical on ${SIGNAL_LABEL[r.signal]} (${n1(r.value)} %): shedding load to keep ${n1(r.keep * 100)} % of it`;
  }
  const at = `at ${n1(r.headroomPercent)} % headroom`;
  const tier = tierLabel(s);
  if (r.machines && r.churn) {
    return `${s.id} is over its machine and churn limits ${at} (${r.machines.load} of ${r.machines.limit} machines and ${n1(r.churn.load)} of ${n1(r.churn.limit)} GB/day for ${tier})`;
  }
  if (r.machines) return `${s.id} is over its machine limit ${at} (${r.machines.load} of ${r.machines.limit} for ${tier})`;
  return `${s.id} is over its churn limit ${at} (${n1(r.churn!.load)} of ${n1(r.churn!.limit)} GB/day for ${tier})`;
}

/** All of a server's reasons, joined. */
export function shedReasonsText(s: DeploymentServer): string {
  return s.shedReasons.map((r) => shedReasonText(s, r)).join('; ');
}

/** Why an unassigned machine moves. */
export function unassignedText(group: string, home: string | undefined): string {
  if (group !== '' && home !== undefined) return `unassigned machine (group "${group}", whose other machines replicate through ${home})`;
  return group !== '' ? `unassigned machine (group "${group}")` : 'unassigned machine';
}

/** Appended when a move goes to a new server. */
export function toNewServerText(site: string): string {
  return `; no existing server ${site === '' ? '' : `of site "${site}" `}that may take machines has room, so it goes to a new scale-out server`;
}

/** A load and its limits, in figures: "160 of 150 machines, 900.5 of 1024 GB/day". */
export function loadText(load: Capacity, limits: Capacity): string {
  return `${load.machines} of ${limits.machines} machines, ${n1(load.churnGBPerDay)} of ${n1(limits.churnGBPerDay)} GB/day`;
}
