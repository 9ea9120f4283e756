/** Which servers must shed load and down to what, and which may take machines. */

import { loadAlerts, thresholdOf } from '../health';
import type { HealthRuleSet, HealthStatus } from '../rules';
import { churnOver, fits, floorTolerant, type Capacity } from '../capacity';
import type { DeploymentServer, OverLimit, ReceiveBlock, ShedReason } from './types';

/**
 * Why a server sheds, and its target load. Over its headroom-scaled limits: down to them. Critical
 * on CPU, memory or cache space: down to the share of today's load at which the signal would sit at
 * its warning threshold, assuming the signal scales with load (CPU 97 % → keep 80/97; cache free
 * 22 % → keep (100 − 30)/(100 − 22) of it). Heartbeat and services don't move machines.
 */
export function shedTarget(
  server: DeploymentServer,
  health: HealthRuleSet,
  headroomPercent: number,
): { reasons: ShedReason[]; target: Capacity | null } {
  const reasons: ShedReason[] = [];
  const { before, limits } = server;
  if (!fits(before, limits)) {
    const overC = churnOver(before.churnGBPerDay, limits.churnGBPerDay);
    reasons.push({
      kind: 'over-limit',
      machines: before.machines > limits.machines ? { load: before.machines, limit: limits.machines } : null,
      churn: overC ? { load: before.churnGBPerDay, limit: limits.churnGBPerDay } : null,
      tier: server.tier.id,
      headroomPercent,
    });
  }
  let keep = 1;
  for (const a of loadAlerts(server.health, health)) {
    if (a.level !== 'critical' || a.value === undefined) continue;
    const share = keepShare(a.signal as 'cpu' | 'memory' | 'cacheFree', a.value, health);
    if (share === null) continue;
    reasons.push({ kind: 'load-critical', signal: a.signal as 'cpu' | 'memory' | 'cacheFree', value: a.value, keep: share });
    keep = Math.min(keep, share);
  }
  if (reasons.length === 0) return { reasons, target: null };
  return {
    reasons,
    target: {
      machines: Math.min(limits.machines, floorTolerant(before.machines * keep)),
      churnGBPerDay: Math.min(limits.churnGBPerDay, before.churnGBPerDay * keep),
    },
  };
}

/** The limits an over-limit reason names: machines, churn or both. */
export function overLimitsOf(reasons: readonly ShedReason[]): OverLimit[] {
  const over = reasons.find((r) => r.kind === 'over-limit');
  if (!over) return [];
  return [...(over.machines ? ['machines' as const] : []), ...(over.churn ? ['churn' as const] : [])];
}

/**
 * The status a server is shown with: a load over its tier's limit is at least a warning, whatever
 * the health figures say (or when nothing was measured); a critical alert stays critical.
 */
export function shownStatus(health: HealthStatus, overLimits: readonly OverLimit[]): HealthStatus {
  return overLimits.length > 0 && health !== 'critical' ? 'warning' : health;
}

/** The share of its load a server keeps so that `signal` falls back to its warning threshold. */
function keepShare(signal: 'cpu' | 'memory' | 'cacheFree', value: number, health: HealthRuleSet): number | null {
  const warn = thresholdOf(health, signal, 'warning')?.threshold;
  if (warn === undefined) return null;
  // Cache free space falls as load grows: the used share (100 − free) is what scales.
  const share = signal === 'cacheFree' ? (100 - warn) / (100 - value) : warn / value;
  return Number.isFinite(share) && share > 0 ? Math.min(1, share) : null;
}

/**
 * Why a server may not take machines, or null. Critical servers and those warning on a load
 * signal are closed ("do not add new machines"); a service-down or version warning alone is not.
 */
export function receiveBlock(server: DeploymentServer, health: HealthRuleSet): ReceiveBlock | null {
  if (server.health.status === 'critical') return 'critical';
  if (server.shedReasons.length > 0) return 'sheds-load';
  if (loadAlerts(server.health, health).length > 0) return 'load-warning';
  if (server.tierMatch.kind === 'no-tier') return 'matches-no-tier';
  return null;
}
