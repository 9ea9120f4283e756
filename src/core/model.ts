/** Domain types shared by the planner, the readers and the views. */

import { DEFAULT_RULE_SET, type ServerRole } from './rules';
import type { RejectPlace, RejectWhy } from './reject';

/** One machine to replicate, as read from an inventory. */
export interface Machine {
  name: string;
  /** Daily churn as given, GB/day, before multiplier and growth. */
  dailyChurnGB: number;
  /** `""` when the inventory has no site. */
  site: string;
  /** `""` when the machine belongs to no group. */
  group: string;
  peakChurnMBps?: number;
  disks?: number;
  provisionedGB?: number;
  usedGB?: number;
  os?: string;
  /** Process server the machine replicates through today (running deployments). */
  processServer?: string;
  /** 1-based line of the source file the machine came from. */
  line?: number;
  /** Raw values of the inventory's unmapped columns, aligned to the reader's `extraColumns`. */
  extra?: string[];
  /** Where `dailyChurnGB` came from (docs/inputs.md#churn-sources); absent means measured. */
  churnSource?: ChurnSource;
}

/** A data row that is not a machine, with where and why (the sentence is the catalogue's `reject.<code>`). */
export type RejectedRow = RejectPlace & RejectWhy;

export type { RejectCode } from './reject';

/** Where a machine's daily churn came from (docs/inputs.md#churn-sources). */
export type ChurnSource = 'measured' | 'write-throughput' | 'apportioned' | 'estimated';

/** Every churn source, most trustworthy first. */
export const CHURN_SOURCES: readonly ChurnSource[] = ['measured', 'write-throughput', 'apportioned', 'estimated'];

/** A non-blank row after the header that is neither a machine nor a mistake (docs/inputs.md#every-row-has-a-fate). */
export interface SkippedRow {
  /** 1-based line number in the file (header = line 1). */
  line: number;
  /** Stable machine-readable reason, for translation. */
  reason: SkipReason;
}

/** Why a row was skipped: a total under the machines, a title line above the header, a Deployment Planner disk row. */
export type SkipReason = 'summary-row' | 'title-line' | 'disk-row';

/** How the planner distributes machines. */
export type Strategy = 'fewest-servers' | 'least-vcpu';

/** Everything the user can tune. */
export interface PlanSettings {
  /** Churn multiplier, > 0. */
  multiplier: number;
  /** Expected growth, percent, ≥ 0. */
  growthPercent: number;
  /** Share of every tier limit to use, percent, 50–100. */
  headroomPercent: number;
  /** Whether the configuration server's built-in process server replicates machines. */
  useConfigServerPs: boolean;
  /** Site the configuration server stands in; null picks the site with the most machines. */
  configSite: string | null;
  strategy: Strategy;
  /** The rules a plan follows: the id of a registered rule set (core/rules/registry). */
  ruleSet: string;
  /** The link to Azure and the initial-replication goal; absent: no link set, no network figures. */
  link?: LinkSettings;
  /**
   * Daily change rate, percent of used storage per day, for machines whose churn is estimated
   * (docs/inputs.md#churn-sources); null until the user sets it: never a silent default.
   */
  churnRatePercent: number | null;
}

/** The link to Azure per site and the initial-replication goal (docs/rules.md#network-settings). */
export interface LinkSettings {
  /** Mbit/s of the link of every site that has no figure of its own; null: only the sites listed have one. */
  allSitesMbps: number | null;
  /** Mbit/s of a site's own link, over `allSitesMbps`. */
  siteMbps: Record<string, number>;
  /** Hours one wave of initial replication should take (the Deployment Planner's GoalToCompleteIR). */
  irGoalHours: number;
}

/** Settings a plan starts from. */
export const DEFAULT_SETTINGS: Readonly<PlanSettings> = Object.freeze({
  multiplier: 1,
  growthPercent: 0,
  headroomPercent: 100,
  useConfigServerPs: true,
  configSite: null,
  strategy: 'fewest-servers',
  ruleSet: DEFAULT_RULE_SET,
  churnRatePercent: null,
});

/** One server of a plan with its spec, load and machines. */
export interface PlannedServer {
  id: string;
  role: ServerRole;
  site: string;
  tier: string;
  vcpu: number;
  sockets: number;
  coresPerSocket: number;
  ghz: number;
  memoryGB: number;
  cacheGB: number;
  machineCount: number;
  /** Effective churn (after multiplier and growth), GB/day. */
  churnGBPerDay: number;
  /** Load as a share of the tier's published limits (1 = at the limit). */
  utilisation: { machines: number; churn: number };
  /** True for a server that holds one item too big to share a server at this headroom. */
  dedicated: boolean;
  machines: string[];
}

/** Why an item can't be replicated by any one process server. */
export type UnplacedReason = 'churn-over-limit' | 'machines-over-limit';

/** A machine that no process server can take, with the reason (its code and figures; the words are the edge's). */
export interface UnplacedMachine {
  machine: string;
  site: string;
  group: string;
  churnGBPerDay: number;
  code: UnplacedReason;
  /** The figures behind the reason: the item (machine or whole group) and the limit it exceeds. */
  params: UnplacedParams;
}

/** What an unplaced reason is built from, so every language formats the same figures. */
export interface UnplacedParams {
  /** The largest tier, the one that still can't take the item. */
  tier: string;
  /** The limit exceeded: GB/day for churn, machines for a group's size. */
  limit: number;
  /** Machines of the item (1, or the group's size). */
  machines: number;
  /** The item's churn (the whole group's), GB/day. */
  churnGBPerDay: number;
}

/** The item a warning names: a machine (`group` empty), or a whole group, with its figures. */
export interface WarnedItem {
  /** The machine's name, or the group's. */
  item: string;
  group: string;
  machines: number;
  churnGBPerDay: number;
}

/** What the near-limit warning says: how many servers, the fullest, and the sources' remedies. */
export interface NearLimitParams {
  servers: number;
  server: string;
  limit: 'machines' | 'churn';
  percent: number;
  thresholdPercent: number;
  headroomPercent: number;
  growthPercent: number;
  suggestedHeadroomPercent: number;
  suggestedGrowthPercent: number;
}

/** What the configuration-server warning says: the estate's machines and the two editions' limits. */
export interface ConfigurationServerParams {
  machines: number;
  limit: number;
  limitYear: number;
  limitSource: string;
  lowerLimit: number;
  lowerLimitYear: number;
  lowerLimitSource: string;
  configurationServers: number;
  configurationServersAtLowerLimit: number;
}

/**
 * A plan warning: a stable code and the figures every language says it from (the published
 * `params`). An unplaced item also carries why (`why`), which its sentence gives but its
 * published params do not.
 */
export type PlanWarning =
  | { code: 'dedicated-server'; params: WarnedItem & { headroomPercent: number; tier: string } }
  | { code: 'peak-churn-over-limit'; params: { machine: string; peakMBps: number; limitMBps: number } }
  | { code: 'unplaced'; params: WarnedItem; why: { code: UnplacedReason; params: UnplacedParams } }
  | { code: 'config-site-empty'; params: { site: string } }
  | { code: 'above-lower-bound'; params: { site: string; servers: number; lowerBound: number } }
  | { code: 'near-limit'; params: NearLimitParams }
  | { code: 'configuration-server-capacity'; params: ConfigurationServerParams };

/** Kinds of plan warnings. */
export type WarningCode = PlanWarning['code'];

/**
 * One reason in the plain-language explanation of a site's scaling servers (classic: scale-out
 * process servers; modernized: appliances): what made it need them, or (`built-in-only`) that it
 * needs none, and what is left out (`unplaced`). The sentences name the role from the plan's rule set.
 */
export type ScaleOutDriver =
  | { kind: 'built-in-only'; machines: number }
  | { kind: 'unplaced'; machines: number }
  | { kind: 'machines'; machines: number; limit: number }
  /** No built-in server: the site's load needs `servers` of the largest tier, each taking `perServer` at this headroom. */
  | { kind: 'capacity'; machines: number; churnGBPerDay: number; servers: number; perServer: { machines: number; churnGBPerDay: number } }
  | { kind: 'churn'; churnGBPerDay: number; limit: number }
  | { kind: 'other-site'; configSite: string }
  | { kind: 'built-in-off' }
  | { kind: 'headroom'; headroomPercent: number; serversAtFullHeadroom: number }
  | { kind: 'groups'; extraServers: number }
  | { kind: 'dedicated'; items: number; machines: number; tier: string }
  | { kind: 'packing'; extraServers: number };

/** Per-site figures of a plan. */
export interface SitePlan {
  site: string;
  machines: number;
  churnGBPerDay: number;
  /** Machines of the site no process server can take (counted in `machines`, on no server). */
  unplacedMachines: number;
  /** The rule set's built-in server (classic: the configuration server) stands in this site. */
  hasConfigServer: boolean;
  /**
   * The servers the rule set adds to carry the site's load, dedicated ones included: scale-out
   * process servers in classic, appliances in asr-modernized (the key is classic's JSON name).
   */
  scaleOutServers: number;
  lowerBound: number;
  drivers: ScaleOutDriver[];
}

/** A complete plan. */
export interface Plan {
  ruleSet: string;
  /**
   * The settings the plan followed: options the rule set does not use at the values true of it
   * (core/settings `effectiveSettings`), and the built-in server's site resolved where there is one.
   */
  settings: PlanSettings;
  servers: PlannedServer[];
  unplaced: UnplacedMachine[];
  warnings: PlanWarning[];
  sites: SitePlan[];
}
