/**
 * The shape of a versioned rule set: its topology (which servers a plan has), tier tables and
 * limits, the settings that apply, the deployment steps a printed plan lists, and its sources.
 * Every figure cites its source. What a rule set must provide is written in ./README.md.
 */

/** A published document a rule comes from. */
export interface RuleSource {
  /** Short title of the document. */
  title: string;
  /** Public address of the document (learn.microsoft.com). */
  url: string;
  /** `ms.date` of the edition the figures were taken from, ISO yyyy-mm-dd. */
  docDate: string;
}

/** Which kind of server a tier sizes. */
export type ServerRole = 'configuration' | 'scale-out' | 'appliance';

/** One row of a sizing table: the hardware a server needs for a given load. */
export interface Tier {
  id: string;
  role: ServerRole;
  vcpu: number;
  sockets: number;
  coresPerSocket: number;
  ghz: number;
  memoryGB: number;
  cacheGB: number;
  /** Largest daily churn this tier replicates, GB/day, inclusive. */
  maxChurnGBPerDay: number;
  /** Largest number of replicated machines, inclusive. */
  maxMachines: number;
  source: RuleSource;
}

/** A single limit with its source. */
interface SourcedLimit {
  value: number;
  source: RuleSource;
}

/** The settings of a plan that only some rule sets use (the others ignore them; the CLI refuses them). */
export type RuleSetOption = 'useConfigServerPs' | 'configSite' | 'strategy';

/** A name a rule set brings, in every language the app speaks (the catalogue can't know it in advance). */
export interface Named {
  en: string;
  ko: string;
}

/** The servers a plan adds as the load grows: classic's scale-out process servers, modernized's appliances. */
export interface ScalingServers {
  role: ServerRole;
  /** Server ids are this prefix and a number, `PS01`, `APP01`…, largest servers first. */
  idPrefix: string;
}

/**
 * A server every plan has, standing in one site, whose built-in process server takes a share of
 * that site's load before any scaling server is needed (classic: the configuration server).
 */
export interface BuiltInServer {
  role: ServerRole;
  /** Its id in a plan (`CS`). */
  id: string;
  /** What its built-in process server replicates before scale-out is needed. */
  share: { machines: SourcedLimit; churnGBPerDay: SourcedLimit };
}

/**
 * One step of deploying a plan, or one item of its checklist, as a stable code with figures; the
 * sentences live in the message catalogue (`deploy.*`), so every language says the same step.
 */
export type DeployStep =
  /** Classic: the unattended install line of a scale-out process server; `{csIp}` marks the placeholder. */
  | { code: 'unattended-install'; command: string }
  /** A new Recovery Services vault, used for this architecture only (see `serversPerVault`). */
  | { code: 'new-vault' }
  /** Deploy the server (OVA template or installer) at its site, with its tier's hardware. */
  | { code: 'deploy-appliance' }
  /** Register the server with the vault; the next one starts once this registration has finished. */
  | { code: 'register-appliance' }
  | { code: 'static-ip' }
  | { code: 'static-fqdn' }
  | { code: 'dedicated-machine' }
  | { code: 'port-in'; port: number; purpose: 'replication-data' | 'control' }
  | { code: 'port-out-azure'; port: number }
  | { code: 'version-not-newer' }
  | { code: 'operating-system'; os: string }
  | { code: 'cache-free'; keepPercent: number; throttledBelowPercent: number }
  | { code: 'cpu-memory'; belowPercent: number };

/** How a plan of this rule set is deployed, for the printed document. */
export interface Deployment {
  /** Done once, before any server. */
  before: readonly DeployStep[];
  /** Done for each server the plan adds, in the printed order. */
  perServer: readonly DeployStep[];
  /** Servers are set up one after another in the printed order (parallel registration is not supported). */
  oneAtATime: boolean;
  /** The pre-deployment checklist of each server. */
  checklist: readonly DeployStep[];
  source: RuleSource;
}

/** The least hardware Microsoft allows for a server: shown with a plan, never used to size one. */
export interface MinimumHardware {
  cores: number;
  memoryGB: number;
  /** Disks, each with its size in GB. */
  disksGB: readonly number[];
  os: string;
  source: RuleSource;
}

/** How `plan --json` publishes a plan of the rule set (a public contract, see plan-document.ts). */
export type DocumentFormat = 'classic' | 'appliances';

/** A complete rule set. A later edition of the rules is a new file of this shape plus one registry line. */
export interface RuleSet {
  id: string;
  /** What the printed plan calls it. */
  title: Named;
  /** The name people choose it by. */
  names: Named;
  /** Date this data file was last checked against its sources. */
  reviewed: string;
  tiers: readonly Tier[];
  scaling: ScalingServers;
  /** Absent where the architecture has no such server (every server is a scaling server). */
  builtIn?: BuiltInServer;
  /** The optional settings that apply to this rule set. */
  options: readonly RuleSetOption[];
  /** ASR's per-machine peak churn limit, MB/s. */
  peakChurnLimitMBps: SourcedLimit;
  /**
   * The share of a tier's published limit (0.9 = 90 %) at or above which a plan says a server is
   * near its limit. Absent: the plan says nothing about it.
   */
  nearLimit?: NearLimitRule;
  /**
   * Protected machines per configuration server beyond which Microsoft's guidance deploys another
   * one, one entry per edition (largest first). Absent where the architecture has no configuration server.
   */
  configurationServerMachines?: readonly SourcedLimit[];
  /** Most scaling servers one Recovery Services vault holds; absent where the plan needs no vault count. */
  serversPerVault?: SourcedLimit;
  minimumHardware?: MinimumHardware;
  deployment: Deployment;
  /** Microsoft retired the architecture on this date (ISO), per these documents. */
  retired?: { date: string; sources: readonly RuleSource[] };
  /** The rule set an estate planned under this one moves to; the page shows that plan's size beside this one's. */
  successor?: string;
  /** Further documents the rule set rests on, cited with the others. */
  references?: readonly RuleSource[];
  documentFormat: DocumentFormat;
}

/** When a server counts as near its limit, and on what that threshold rests. */
export interface NearLimitRule {
  /** Share of the published limit, 0–1. */
  share: number;
  /** Why this figure: the documents give the concern, not always the number. */
  basis: string;
  source: RuleSource;
}
