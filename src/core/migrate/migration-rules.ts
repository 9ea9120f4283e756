import type { RuleSource } from '../rules';

/*
 * The figures of a move from classic to replication appliances, as data with their source
 * (docs/rules.md#migration-from-classic). The planner and the documents read them here; nothing
 * else names them.
 */

const moveFromClassic: RuleSource = {
  title: 'Move from classic to modernized VMware disaster recovery',
  url: 'https://learn.microsoft.com/azure/site-recovery/move-from-classic-to-modernized-vmware-disaster-recovery',
  docDate: '2025-03-26',
};

const commonQuestions: RuleSource = {
  title: 'Classic to modernized: common questions',
  url: 'https://learn.microsoft.com/azure/site-recovery/classic-to-modernized-common-questions',
  docDate: '2025-03-31',
};

/** The rules of a migration from `asr-classic` to `asr-modernized`. */
export const MIGRATION_RULES = {
  from: 'asr-classic',
  to: 'asr-modernized',
  /** The portal migrates at most this many machines in one operation (docs/rules.md#batches). */
  machinesPerBatch: 10,
  /** Configuration server, process servers and mobility agents must be at this version or later (docs/rules.md#prerequisites). */
  minimumVersion: '9.50',
  /** A healthy machine whose recovery point is younger than this (minutes) migrates in `healthyHours` (docs/rules.md#migration-time). */
  recentRecoveryPointMinutes: 50,
  healthyHours: [1, 2] as const,
  /** Otherwise: this many hours plus `secondsPerGiB` per GiB of the largest disk. */
  baseHours: 1,
  secondsPerGiB: 45,
  sources: [moveFromClassic, commonQuestions] as const,
} as const;
