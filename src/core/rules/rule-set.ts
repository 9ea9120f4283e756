/** The shape of a versioned rule set: tier tables and limits, each row citing its source. */

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
export type ServerRole = 'configuration' | 'scale-out';

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

/** A complete rule set. A later edition of the rules is a new file of this shape. */
export interface RuleSet {
  id: string;
  title: string;
  /** Date this data file was last checked against its sources. */
  reviewed: string;
  tiers: readonly Tier[];
  /** The configuration server's built-in process server share before scale-out is needed. */
  builtInShare: { machines: SourcedLimit; churnGBPerDay: SourcedLimit };
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
}

/** When a server counts as near its limit, and on what that threshold rests. */
export interface NearLimitRule {
  /** Share of the published limit, 0–1. */
  share: number;
  /** Why this figure: the documents give the concern, not always the number. */
  basis: string;
  source: RuleSource;
}
