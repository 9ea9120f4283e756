/** Domain types of a running deployment: its process servers as observed, and what they hold. */

import type { PlanSettings } from './model';
import type { ServerRole } from './rules';

/** One process server as the server file describes it. Absent figures are "not measured", never 0. */
export interface ServerObservation {
  name: string;
  /** Undefined when the file's role cell is empty (then scale-out is assumed, and said so). */
  role?: ServerRole;
  /** `""` when the file gives no site. */
  site: string;
  vcpu?: number;
  memoryGB?: number;
  cacheGB?: number;
  /** CPU utilisation over the last 15 minutes, percent. */
  cpuPercent?: number;
  /** Memory utilisation over the last 15 minutes, percent. */
  memoryPercent?: number;
  /** Free space of the cache disk, percent. */
  cacheFreePercent?: number;
  minutesSinceHeartbeat?: number;
  /** Required services not running; undefined when the file has no such column. */
  servicesDown?: string[];
  /** Dotted version as reported, e.g. 9.55.6765.1. */
  version?: string;
  /** 1-based line of the server file. */
  line?: number;
}

/** The settings a rebalance uses: the plan's churn adjustments and headroom. */
export type RebalanceSettings = Pick<PlanSettings, 'multiplier' | 'growthPercent' | 'headroomPercent'>;

/** Something the rebalance had to assume about a server, said so the user can check it. */
export interface Assumption {
  code: AssumptionCode;
  message: string;
  params: Record<string, string | number>;
}

/** Kinds of assumptions. */
export type AssumptionCode =
  /** The server is named in the inventory but not in the server file. */
  | 'not-in-server-file'
  /** No server file at all: nothing says which server is the configuration server. */
  | 'no-server-file'
  /** The server file's role cell was empty. */
  | 'role-not-given'
  /** vCPU, memory or cache missing: the tier could not be matched from the spec. */
  | 'spec-incomplete'
  /** Tier taken as the smallest that holds the current load at 100 %. */
  | 'tier-from-load'
  /** Not even the largest tier holds the current load. */
  | 'tier-over-largest'
  /** The spec matches no tier; the nearest (smallest) tier's limits are used. */
  | 'nearest-tier-limits'
  /** No site in the server file: the site of most of its machines is used. */
  | 'site-from-machines'
  /** No site given and no machines to tell: the server takes no machines. */
  | 'site-unknown'
  /** The inventory has no sites, so the server file's sites are not used. */
  | 'sites-ignored';

/** A deployment-wide remark: something odd in the data that the user should know. */
export interface DeploymentNotice {
  code: NoticeCode;
  message: string;
  params: Record<string, string | number>;
}

/** Kinds of deployment notices. */
export type NoticeCode =
  | 'no-server-file'
  | 'site-mismatch'
  | 'group-split'
  | 'no-configuration-version'
  | 'several-configuration-servers'
  | 'critical-without-load';
