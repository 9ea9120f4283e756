import { networkDocument, type NetworkDocument, type NetworkPlan } from './network';
import type {
  ChurnSource,
  Plan,
  PlanSettings,
  PlannedServer,
  PlanWarning,
  RejectedRow,
  SitePlan,
  SkippedRow,
  UnplacedParams,
  UnplacedReason,
} from './model';
import { ruleSetById } from './rules';
import type { ChurnSources, MachineChurnSource } from './churn-rate';
import { gbPerDayToMbitps, roundTo } from './units';

/**
 * A plan with its rows, figures rounded for reading, its warnings and reasons as codes: what the
 * page, the readable report and the printout say in their language. io/documents' `publishedPlan`
 * turns it into what `plan --json` prints and "Download plan (JSON)" saves, in English.
 */
export interface PlanDocument {
  ruleSet: string;
  settings: DocumentSettings;
  summary: {
    machines: number;
    rejectedRows: number;
    /** Rows that are neither machines nor mistakes (summary rows); machines + rejected + skipped = data rows. */
    skippedRows: number;
    unplacedMachines: number;
    totalChurnGBPerDay: number;
    placedChurnGBPerDay: number;
    /** The rule set's scaling servers (scale-out process servers; appliances), dedicated ones included. */
    scaleOutServers: number;
    lowerBound: number;
    /** Recovery Services vaults the scaling servers need, where the rule set limits servers per vault. */
    vaults?: number;
    totalVcpu: number;
    totalMemoryGB: number;
    totalCacheGB: number;
    bandwidthMbps: number;
    /** Machines by where their churn came from (docs/inputs.md#churn-sources). */
    churnSources?: Partial<Record<ChurnSource, number>>;
  };
  /** Machines whose churn was not measured, with its source; absent when every churn was measured. */
  machineChurnSources?: MachineChurnSource[];
  servers: (Omit<PlannedServer, 'utilisation'> & { utilisation: { machines: number; churn: number } })[];
  unplaced: {
    machine: string;
    site: string;
    group: string;
    churnGBPerDay: number;
    code: UnplacedReason;
    params: UnplacedParams;
  }[];
  /** Rejected rows with their codes (io/documents publishes each with its reason in English). */
  rejected: RejectedRow[];
  skipped: { line: number; reason: string }[];
  warnings: PlanWarning[];
  sites: SitePlan[];
  /** The network to Azure (docs/rules.md#network); absent when the settings set no link. */
  network?: NetworkDocument;
}

/**
 * The settings a document states: the daily change rate only once it is set, so a plan that
 * estimates nothing reads as it did before the rate existed (and no field prints as null).
 */
export type DocumentSettings = Omit<PlanSettings, 'churnRatePercent'> & { churnRatePercent?: number };

function documentSettings(settings: PlanSettings): DocumentSettings {
  const { churnRatePercent, ...rest } = settings;
  return churnRatePercent === null ? rest : { ...rest, churnRatePercent };
}

/**
 * Builds the document from a plan and the rows the reader rejected or skipped: figures and codes,
 * no words (io/documents publishes it, its sentences in English). Figures are rounded for reading
 * (churn to 3 decimals, bandwidth to 2, utilisation to 4); decisions were made on the exact values.
 * Holds no date or file name, so the same input gives the same bytes.
 */
export function planDocument(
  plan: Plan,
  machineCount: number,
  rejected: readonly RejectedRow[],
  skipped: readonly SkippedRow[] = [],
  network?: NetworkPlan,
  churn?: ChurnSources,
): PlanDocument {
  const placed = plan.servers.reduce((s, x) => s + x.churnGBPerDay, 0);
  const unplacedChurn = plan.unplaced.reduce((s, u) => s + u.churnGBPerDay, 0);
  const total = placed + unplacedChurn;
  const rules = ruleSetById(plan.ruleSet);
  const scaling = plan.sites.reduce((n, s) => n + s.scaleOutServers, 0);
  const perVault = rules.serversPerVault?.value;
  return {
    ruleSet: plan.ruleSet,
    settings: documentSettings(plan.settings),
    summary: {
      machines: machineCount,
      rejectedRows: rejected.length,
      skippedRows: skipped.length,
      unplacedMachines: plan.unplaced.length,
      totalChurnGBPerDay: roundTo(total),
      placedChurnGBPerDay: roundTo(placed),
      scaleOutServers: scaling,
      lowerBound: plan.sites.reduce((s, x) => s + x.lowerBound, 0),
      // Absent where the rule set has no vault limit (classic: its JSON is unchanged).
      ...(perVault === undefined ? {} : { vaults: Math.ceil(scaling / perVault) }),
      totalVcpu: plan.servers.reduce((s, x) => s + x.vcpu, 0),
      totalMemoryGB: plan.servers.reduce((s, x) => s + x.memoryGB, 0),
      totalCacheGB: plan.servers.reduce((s, x) => s + x.cacheGB, 0),
      bandwidthMbps: roundTo(gbPerDayToMbitps(total), 2),
      ...(churn ? { churnSources: churn.counts } : {}),
    },
    ...(churn && churn.derived.length > 0 ? { machineChurnSources: churn.derived } : {}),
    servers: plan.servers.map((s) => ({
      ...s,
      churnGBPerDay: roundTo(s.churnGBPerDay),
      utilisation: { machines: roundTo(s.utilisation.machines, 4), churn: roundTo(s.utilisation.churn, 4) },
    })),
    unplaced: plan.unplaced.map((u) => ({
      machine: u.machine,
      site: u.site,
      group: u.group,
      churnGBPerDay: roundTo(u.churnGBPerDay),
      code: u.code,
      params: u.params,
    })),
    rejected: [...rejected],
    skipped: skipped.map((r) => ({ line: r.line, reason: r.reason })),
    warnings: [...plan.warnings],
    sites: plan.sites.map((s) => ({ ...s, churnGBPerDay: roundTo(s.churnGBPerDay) })),
    // Absent without a link, so a plan without one is published as before, byte for byte.
    ...(network ? { network: networkDocument(network) } : {}),
  };
}
