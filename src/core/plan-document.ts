import { networkDocument, publishedNetwork, type NetworkDocument, type NetworkPlan, type PublishedNetwork } from './network';
import type {
  ChurnSource,
  Plan,
  PlanSettings,
  PlannedServer,
  PlanWarning,
  SitePlan,
  SkippedRow,
  UnplacedMachine,
  UnplacedParams,
  UnplacedReason,
} from './model';
import { ruleSetById } from './rules';
import type { ChurnSources, MachineChurnSource } from './churn-rate';
import { gbPerDayToMbitps, roundTo } from './units';

/**
 * A plan with its rows, figures rounded for reading: what the page, the readable report and the
 * printout show. `publishedPlan` turns it into what `plan --json` prints and "Download plan
 * (JSON)" saves, in the format of its rule set.
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
    /** Why, in English: rendered at the edge (io/documents/plan-texts). */
    reason: string;
    code: UnplacedReason;
    params: UnplacedParams;
  }[];
  /** Rejected rows as published: the reason rendered in English at the edge (io/documents/rejected-rows). */
  rejected: PublishedRejectedRow[];
  skipped: { line: number; reason: string }[];
  warnings: PublishedWarning[];
  sites: SitePlan[];
  /** The network to Azure (docs/rules.md#network); absent when the settings set no link. */
  network?: NetworkDocument;
}

/** A plan warning as published: its code, its sentence in English (rendered at the edge) and its params. */
export type PublishedWarning = PlanWarning extends infer W
  ? W extends { code: infer C; params: infer P }
    ? { code: C; message: string; params: P }
    : never
  : never;

/**
 * The English sentences a published plan holds, which core does not write: the edge
 * (io/documents) renders them with the catalogue and hands them to `planDocument`.
 */
export interface PlanTexts {
  warning(w: PlanWarning, ruleSet: string): string;
  unplaced(u: UnplacedMachine, ruleSet: string): string;
}

/** A rejected row as the plan publishes it: where, and why (a sentence rendered at the edge). */
export interface PublishedRejectedRow {
  line: number;
  column: string;
  value: string;
  message: string;
  code: string;
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
 * Builds the published document from a plan, the sentences the edge renders (`texts`) and the rows the reader rejected (as published) or skipped. Figures are
 * rounded for reading (churn to 3 decimals, bandwidth to 2, utilisation to 4); decisions were
 * made on the exact values. Holds no date or file name, so the same input gives the same bytes.
 */
export function assemblePlanDocument(
  plan: Plan,
  texts: PlanTexts,
  machineCount: number,
  rejected: readonly PublishedRejectedRow[],
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
      reason: texts.unplaced(u, plan.ruleSet),
      code: u.code,
      params: u.params,
    })),
    rejected: rejected.map((r) => ({ line: r.line, column: r.column, value: r.value, message: r.message, code: r.code })),
    skipped: skipped.map((r) => ({ line: r.line, reason: r.reason })),
    warnings: plan.warnings.map((w) => ({ code: w.code, message: texts.warning(w, plan.ruleSet), params: w.params }) as PublishedWarning),
    sites: plan.sites.map((s) => ({ ...s, churnGBPerDay: roundTo(s.churnGBPerDay) })),
    // Absent without a link, so a plan without one is published as before, byte for byte.
    ...(network ? { network: networkDocument(network) } : {}),
  };
}

/** A server as the `appliances` format lists it. */
export type PublishedAppliance = Pick<
  PlannedServer,
  'id' | 'role' | 'site' | 'tier' | 'vcpu' | 'memoryGB' | 'cacheGB' | 'machineCount' | 'churnGBPerDay' | 'machines'
>;

/** A plan in the `appliances` format (asr-modernized): its figures and servers, no configuration-server fields. */
export interface PublishedAppliancePlan {
  ruleSet: string;
  settings: DocumentSettings;
  /** The classic summary's figures that apply, with the servers called appliances, and the vaults. */
  summary: Pick<
    PlanDocument['summary'],
    | 'machines'
    | 'rejectedRows'
    | 'skippedRows'
    | 'unplacedMachines'
    | 'totalChurnGBPerDay'
    | 'lowerBound'
    | 'totalVcpu'
    | 'totalMemoryGB'
    | 'totalCacheGB'
    | 'bandwidthMbps'
    | 'churnSources'
  > & { appliances: number; vaults: number };
  machineChurnSources?: MachineChurnSource[];
  servers: PublishedAppliance[];
  unplaced: PlanDocument['unplaced'];
  rejected: PlanDocument['rejected'];
  skipped: PlanDocument['skipped'];
  warnings: PlanDocument['warnings'];
  network?: PublishedNetwork;
}

/**
 * The plan as published, in its rule set's format (a public contract): `classic` is the document
 * as it is; `appliances` lists the summary and servers with exactly the fields of issue 11, and the
 * rows' fates. The same function serves `plan --json` and the page's download, so they agree.
 */
export function publishedPlan(
  doc: PlanDocument,
): (Omit<PlanDocument, 'network'> & { network?: PublishedNetwork }) | PublishedAppliancePlan {
  const network = doc.network ? { network: publishedNetwork(doc.network) } : {};
  if (ruleSetById(doc.ruleSet).documentFormat === 'classic') return { ...doc, ...network };
  const s = doc.summary;
  return {
    ruleSet: doc.ruleSet,
    settings: doc.settings,
    summary: {
      machines: s.machines,
      rejectedRows: s.rejectedRows,
      skippedRows: s.skippedRows,
      unplacedMachines: s.unplacedMachines,
      totalChurnGBPerDay: s.totalChurnGBPerDay,
      appliances: s.scaleOutServers,
      lowerBound: s.lowerBound,
      // An appliances-format rule set limits servers per vault (rules/README.md), so this is always set.
      vaults: s.vaults ?? 0,
      totalVcpu: s.totalVcpu,
      totalMemoryGB: s.totalMemoryGB,
      totalCacheGB: s.totalCacheGB,
      bandwidthMbps: s.bandwidthMbps,
      ...(s.churnSources ? { churnSources: s.churnSources } : {}),
    },
    ...(doc.machineChurnSources ? { machineChurnSources: doc.machineChurnSources } : {}),
    servers: doc.servers.map((v) => ({
      id: v.id,
      role: v.role,
      site: v.site,
      tier: v.tier,
      vcpu: v.vcpu,
      memoryGB: v.memoryGB,
      cacheGB: v.cacheGB,
      machineCount: v.machineCount,
      churnGBPerDay: v.churnGBPerDay,
      machines: v.machines,
    })),
    unplaced: doc.unplaced,
    rejected: doc.rejected,
    skipped: doc.skipped,
    warnings: doc.warnings,
    ...network,
  };
}

/**
 * The published plan as text: `plan --json` prints it, "Download plan (JSON)" saves it, byte for
 * byte. With a document id (core/document-id) it comes first, the printout's and workbook's id.
 */
export function planJson(doc: PlanDocument, documentId?: string): string {
  const published = publishedPlan(doc);
  return `${JSON.stringify(documentId === undefined ? published : { documentId, ...published }, null, 2)}\n`;
}
