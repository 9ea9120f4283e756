import type { ServerObservation } from '../deployment';
import type { Machine, UnplacedReason } from '../model';

/*
 * The migration plan's data (docs/rules.md#migration-from-classic): appliances, batches, times and
 * prerequisites, every remark a code with typed figures. Sentences are the catalogue's.
 */

/** The settings a migration reads: the plan's churn adjustments and headroom. */
export interface MigrationSettings {
  multiplier: number;
  growthPercent: number;
  headroomPercent: number;
}

/** What a migration is planned from: a running classic deployment. */
export interface MigrationInput {
  /** The inventory; `processServer` names the classic server each replicating machine uses. */
  machines: readonly Machine[];
  /** The server file's servers, or null without one. */
  servers: readonly ServerObservation[] | null;
  /** Per machine (aligned to `machines`): the mobility agent's version, when the inventory gives it. */
  agentVersions?: readonly (string | undefined)[];
  /** Per machine: minutes since its latest recovery point, when the inventory gives it. */
  recoveryPointMinutes?: readonly (number | undefined)[];
  settings: MigrationSettings;
}

/** One classic server's share of an appliance. */
export interface FromServer {
  server: string;
  machineCount: number;
}

/** A replication appliance of the target deployment. */
export interface MigrationAppliance {
  id: string;
  site: string;
  tier: string;
  vcpu: number;
  memoryGB: number;
  cacheGB: number;
  machineCount: number;
  /** Effective churn, GB/day. */
  churnGBPerDay: number;
  /** Holds one item too big to share an appliance at this headroom. */
  dedicated: boolean;
  machines: string[];
  /** The classic servers its replicating machines come from, by name; new protection not counted. */
  fromServers: FromServer[];
}

/** How a batch's time is known: every machine healthy with a recent recovery point, some machine not, or not known. */
export type TimeBasis = 'healthy' | 'otherwise' | 'unknown';

/** A remark on one batch. */
export type BatchWarning =
  /** A replication group larger than the portal's step: it is one batch, over the limit. */
  | { code: 'group-over-batch'; params: { group: string; machines: number; limit: number } }
  /** The largest disk of some machines is not known, so the batch's time otherwise is unknown. */
  | { code: 'disk-size-unknown'; params: { machines: number } };

/** Machines migrated in one portal operation, to one appliance. */
export interface MigrationBatch {
  id: string;
  site: string;
  appliance: string;
  machines: string[];
  fromServers: string[];
  groups: string[];
  hoursIfHealthy: readonly [number, number];
  /** 1 h + 45 s × the largest disk's GiB of the slowest machine, in hours; null when some disk is unknown. */
  hoursOtherwise: number | null;
  basis: TimeBasis;
  warnings: BatchWarning[];
}

/** A machine that does not replicate yet: protected new on its appliance, no batch. */
export interface NewProtection {
  machine: string;
  site: string;
  appliance: string;
}

/** A machine no appliance can take. */
export interface MigrationUnplaced {
  machine: string;
  site: string;
  group: string;
  churnGBPerDay: number;
  code: UnplacedReason;
  /** The limit exceeded: GB/day for churn, machines for a group's size. */
  limit: number;
}

/** A prerequisite's status: checked from the data, or to be checked by hand. */
export type PrerequisiteStatus = 'met' | 'not-met' | 'unknown';

/** A prerequisite of the move, with what the data says. */
export type Prerequisite =
  | {
      code: 'server-versions';
      status: PrerequisiteStatus;
      params: { minimum: string; below: string[]; missing: string[]; checked: number };
    }
  | {
      code: 'agent-versions';
      status: PrerequisiteStatus;
      params: { minimum: string; below: string[]; missing: number; checked: number; column: boolean };
    }
  | { code: 'new-vault'; status: 'unknown'; params: { vaults: number } }
  | { code: 'managed-disks'; status: 'unknown'; params: Record<string, never> }
  | { code: 'initial-replication'; status: 'unknown'; params: Record<string, never> }
  | { code: 'not-failed-over'; status: 'unknown'; params: Record<string, never> }
  | { code: 'recovery-plans'; status: 'unknown'; params: Record<string, never> }
  | { code: 'same-endpoint'; status: 'unknown'; params: Record<string, never> };

/** Why a site's appliance count differs from the rule of thumb (one appliance per classic process server). */
export type ThumbReason =
  /** Same count. */
  | 'same'
  /** Some classic server holds more than one appliance takes at this headroom. */
  | 'server-over-appliance'
  /** Machines not replicating yet add load. */
  | 'new-protection'
  /** Groups or machines too big to share an appliance at this headroom need their own. */
  | 'dedicated'
  /** Lightly loaded classic servers fit on fewer appliances. */
  | 'fits-fewer'
  /** The site's load needs more appliances than it has classic servers. */
  | 'load-needs-more';

/** A site's appliances beside the rule of thumb. */
export interface MigrationSite {
  site: string;
  appliances: number;
  lowerBound: number;
  classicServers: number;
  reason: ThumbReason;
}

/** A remark on the whole migration. */
export type MigrationWarning =
  | { code: 'dedicated-appliance'; params: { appliance: string; site: string; machines: number; churnGBPerDay: number } }
  | { code: 'unplaced'; params: { machines: number } }
  | { code: 'peak-churn'; params: { machine: string; peakMBps: number; limit: number } }
  | { code: 'source-server-split'; params: { server: string; site: string; appliances: string[]; fits: boolean } }
  | { code: 'group-across-servers'; params: { group: string; site: string; servers: string[] } }
  | { code: 'above-lower-bound'; params: { site: string; appliances: number; lowerBound: number } }
  | { code: 'no-replicating-machines'; params: Record<string, never> }
  | { code: 'unknown-server'; params: { server: string; machines: number } };

/** Totals of a migration. */
export interface MigrationSummary {
  machines: number;
  appliances: number;
  lowerBound: number;
  ruleOfThumbAppliances: number;
  vaults: number;
  batches: number;
  machinesToMigrate: number;
  newProtection: number;
  splitSourceServers: number;
  unplacedMachines: number;
  /** One batch after another, every batch healthy: [least, most] hours. */
  hoursIfHealthy: [number, number];
  /** One batch after another at each batch's otherwise time; null when some batch's is unknown. */
  hoursOtherwise: number | null;
}

/** The plan of a move from classic to replication appliances. */
export interface Migration {
  from: string;
  to: string;
  settings: MigrationSettings;
  summary: MigrationSummary;
  sites: MigrationSite[];
  appliances: MigrationAppliance[];
  batches: MigrationBatch[];
  newProtection: NewProtection[];
  prerequisites: Prerequisite[];
  unplaced: MigrationUnplaced[];
  warnings: MigrationWarning[];
}
