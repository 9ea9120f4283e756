/** What a rebalance returns: every server's health and load before and after, the moves, the new servers. */

import type { Assumption, DeploymentNotice, RebalanceSettings, ServerObservation } from '../deployment';
import type { ServerHealth, TierMatch } from '../health';
import type { HealthStatus, ServerRole, Tier } from '../rules';
import type { Capacity } from '../capacity';

/** Why a server gives machines away. */
export type ShedReason =
  | {
      kind: 'over-limit';
      /** Set when the machine count is over its limit. */
      machines: { load: number; limit: number } | null;
      /** Set when the churn is over its limit. */
      churn: { load: number; limit: number } | null;
      tier: string;
      headroomPercent: number;
    }
  | {
      kind: 'load-critical';
      signal: 'cpu' | 'memory' | 'cacheFree';
      value: number;
      /** Share of its load the server keeps, assuming the signal scales with load. */
      keep: number;
    };

/** A limit of a tier a server's load can be over. */
export type OverLimit = 'machines' | 'churn';

/** Why a server takes no machines. */
export type ReceiveBlock = 'critical' | 'load-warning' | 'matches-no-tier' | 'sheds-load';

/** A running process server, as the rebalance sees it and leaves it. */
export interface DeploymentServer {
  id: string;
  role: ServerRole;
  site: string;
  /** False when the server is only named in the inventory's processServer column. */
  inServerFile: boolean;
  observation: ServerObservation | null;
  tierMatch: TierMatch;
  /** The tier whose limits apply (matched, assumed, or the nearest when none matches). */
  tier: Tier;
  /** The tier's limits scaled by headroom. */
  limits: Capacity;
  health: ServerHealth;
  /** What the server is shown as: its health, raised to at least a warning while it is over a limit. */
  status: HealthStatus;
  /** The headroom-scaled limits its load is over today (empty when within them). */
  overLimits: OverLimit[];
  assumptions: Assumption[];
  before: Capacity;
  after: Capacity;
  /** Empty unless the server sheds load. */
  shedReasons: ShedReason[];
  /** The load the server must come down to, when it sheds. */
  target: Capacity | null;
  /** Null when the server may take machines. */
  receiveBlockedBy: ReceiveBlock | null;
}

/** Why a machine moves: its source's reasons, or that it had no process server. */
export type MoveCause = 'over-limit' | 'load-critical' | 'unassigned';

/** One machine moving from one process server to another (from `""` = not replicated yet). */
export interface Move {
  machine: string;
  site: string;
  group: string;
  from: string;
  to: string;
  /** Effective churn, GB/day. */
  churnGBPerDay: number;
  because: MoveCause[];
  /** For an unassigned machine of a group: the server holding the group's other machines (rendered by the catalogue's `rebalance.move.*`). */
  groupHome: string | null;
  toNewServer: boolean;
}

/** A scale-out process server the rebalance adds. */
export interface NewServer {
  id: string;
  site: string;
  tier: Tier;
  machineCount: number;
  churnGBPerDay: number;
  /** Holds one item too big to share a server at this headroom. */
  dedicated: boolean;
  machines: string[];
}

/** The tier a sentence names, and how it was found (`PS-4, assumed`). */
export interface TierNamed {
  tier: string;
  tierMatch: 'matched' | 'no-tier' | 'assumed';
}

/** Why a limit stays broken, per code, with the figures every language says it from (docs/rules.md#running-deployments). */
export type UnresolvedWhy =
  /** A server can't come down to `target` by moving machines: `immovable` items are too big to move, or all it may give is not enough. */
  | { code: 'cannot-shed'; params: { server: string; immovable: number; target: Capacity; load: Capacity; limits: Capacity } }
  /** A server is still over its limits after the moves. */
  | { code: 'still-over'; params: { server: string; load: Capacity; limits: Capacity } & TierNamed }
  /** A new dedicated server holds one item above the headroom-scaled limits (within the published ones). */
  | {
      code: 'dedicated-over-headroom';
      params: { server: string; machines: number; churnGBPerDay: number; tier: string; headroomPercent: number };
    }
  /** An unassigned item (a machine, or a group: `group` set) more than the largest tier replicates. */
  | {
      code: 'item-too-big';
      params: { group: string; machine: string; machines: number; churnGBPerDay: number; tier: string; limits: Capacity };
    };

/** Kinds of problems the rebalance can't solve by moving machines. */
export type UnresolvedCode = UnresolvedWhy['code'];

/** A limit the rebalance could not restore, with the reason as a code and its figures; never hidden. */
export type Unresolved = { server: string; site: string } & UnresolvedWhy;

/** Totals of a rebalance. */
export interface RebalanceSummary {
  machines: number;
  servers: number;
  healthy: number;
  /** Servers with nothing measured (not healthy, not alerting: unknown). */
  notMeasured: number;
  warning: number;
  critical: number;
  /** Every move, unassigned machines placed included. */
  machinesMoved: number;
  /** Moves away from a server (not counting unassigned machines placed). */
  machinesMovedFromServers: number;
  unassignedPlaced: number;
  churnMovedGBPerDay: number;
  newServers: number;
  unresolved: number;
}

/** The outcome of a rebalance. */
export interface Rebalance {
  ruleSet: string;
  healthRuleSet: string;
  settings: RebalanceSettings;
  servers: DeploymentServer[];
  newServers: NewServer[];
  moves: Move[];
  unresolved: Unresolved[];
  notices: DeploymentNotice[];
  summary: RebalanceSummary;
}
