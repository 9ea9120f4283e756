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

/** A server's hardware figure the rebalance reads (vCPU, memory, cache). */
export type SpecField = 'vcpu' | 'memoryGB' | 'cacheGB';

/**
 * Something the rebalance had to assume about a server, said so the user can check it: a code and
 * the figures every language says it from (the catalogue's `running.assumption.<code>`).
 */
export type Assumption =
  /** The server is named in the inventory but not in the server file. */
  | { code: 'not-in-server-file'; params: { server: string } }
  /** No server file at all: nothing says which server is the configuration server. */
  | { code: 'no-server-file'; params: { server: string } }
  /** The server file's role cell was empty. */
  | { code: 'role-not-given'; params: { server: string } }
  /** vCPU, memory or cache missing: the tier could not be matched from the spec. */
  | { code: 'spec-incomplete'; params: { server: string; missing: SpecField[] } }
  /** Tier taken as the smallest that holds the current load at 100 %. */
  | {
      code: 'tier-from-load';
      params: { server: string; tier: string; role: ServerRole; load: { machines: number; churnGBPerDay: number } };
    }
  /** Not even the largest tier holds the current load. */
  | {
      code: 'tier-over-largest';
      params: { server: string; tier: string; role: ServerRole; load: { machines: number; churnGBPerDay: number } };
    }
  /** The spec matches no tier; the nearest (smallest) tier's limits are used. */
  | {
      code: 'nearest-tier-limits';
      params: { server: string; role: ServerRole; nearest: string; spec: Record<SpecField, number>; shortBy: Record<SpecField, number> };
    }
  /** No site in the server file: the site of most of its machines (or the inventory's only site) is used. */
  | { code: 'site-from-machines'; params: { server: string; site: string; from: 'machines' | 'only-site' } }
  /** No site given and no machines to tell: the server takes no machines. */
  | { code: 'site-unknown'; params: { server: string } }
  /** The inventory has no sites, so the server file's sites are not used. */
  | { code: 'sites-ignored'; params: { server: string; site: string } };

/** Kinds of assumptions. */
export type AssumptionCode = Assumption['code'];

/**
 * A deployment-wide remark: something odd in the data that the user should know, as a code and the
 * figures every language says it from (the catalogue's `running.notice.<code>`).
 */
export type DeploymentNotice =
  /** No server file: every server is assumed scale-out of the smallest tier that holds its load. */
  | { code: 'no-server-file'; params: Record<string, never> }
  /** A server replicates machines of another site; `listed`: the first of their names. */
  | { code: 'site-mismatch'; params: { server: string; site: string; machines: number; listed: string } }
  /** A consistency group is split over several servers (`servers`, joined). */
  | { code: 'group-split'; params: { group: string; site: string; servers: string } }
  /** Scale-out versions are given but the configuration server's is not. */
  | { code: 'no-configuration-version'; params: Record<string, never> }
  /** The server file names `count` configuration servers (`servers`, joined). */
  | { code: 'several-configuration-servers'; params: { servers: string; count: number } }
  /** A server is critical on a load signal but holds no machine of the inventory. */
  | { code: 'critical-without-load'; params: { server: string } };

/** Kinds of deployment notices. */
export type NoticeCode = DeploymentNotice['code'];
