import type { HealthStatus } from '../rules';
import type { Machine } from '../model';
import { MIGRATION_RULES } from './migration-rules';
import type { TimeBasis } from './types';

/*
 * How long a machine takes to migrate (docs/rules.md#migration-time): 1–2 hours when healthy with
 * a recent recovery point, otherwise 1 hour + 45 seconds per GiB of its largest disk.
 */

/** The largest disk in GiB, estimated from the inventory's columns; null when none says. */
export function largestDiskGiB(m: Pick<Machine, 'disks' | 'provisionedGB' | 'usedGB'>): number | null {
  if (m.provisionedGB !== undefined && m.disks !== undefined && m.disks > 0) return m.provisionedGB / m.disks;
  if (m.provisionedGB !== undefined) return m.provisionedGB;
  return m.usedGB ?? null;
}

/** Hours a machine whose largest disk holds `gib` GiB takes when not healthy: 1 h + 45 s × GiB, to the hundredth. */
export function hoursOtherwise(gib: number): number {
  const hours = MIGRATION_RULES.baseHours + (gib * MIGRATION_RULES.secondsPerGiB) / 3600;
  return Math.round(hours * 100) / 100;
}

/**
 * Whether a machine takes the healthy time: its process server's health (from the server file)
 * and its recovery point's age (an optional inventory column). Known only when both are.
 */
export function timeBasis(server: HealthStatus | undefined, recoveryPointMinutes: number | undefined): TimeBasis {
  const late = recoveryPointMinutes !== undefined && recoveryPointMinutes >= MIGRATION_RULES.recentRecoveryPointMinutes;
  if (late || server === 'warning' || server === 'critical') return 'otherwise';
  return server === 'healthy' && recoveryPointMinutes !== undefined ? 'healthy' : 'unknown';
}

/** A batch's basis: healthy when every machine is, otherwise when any machine is, else unknown. */
export function batchBasis(bases: readonly TimeBasis[]): TimeBasis {
  if (bases.includes('otherwise')) return 'otherwise';
  return bases.every((b) => b === 'healthy') ? 'healthy' : 'unknown';
}
