import type { MachineChurnSource } from '../../core/churn-rate';
import type { PlannedServer, PlanWarning } from '../../core/model';
import { publishedNetwork, type PublishedNetwork } from '../../core/network';
import type { DocumentSettings, PlanDocument } from '../../core/plan-document';
import { ruleSetById } from '../../core/rules';
import { translator } from '../../i18n/catalogue';
import { unplacedDocText, warningDocText } from '../../i18n/plan-warning-text';
import { publishedRejected, type RejectedRowDoc } from './rejected-rows';

/*
 * The plan as published (a public contract: `plan --json` prints it, "Download plan (JSON)" saves
 * it): the core's document of figures and codes, with its sentences rendered here, at the edge, in
 * English by the catalogue the page speaks from.
 */

const en = translator('en');

/** An unplaced machine as published: its figures, why in English, and the code and figures it is said from. */
export type PublishedUnplaced = Omit<PlanDocument['unplaced'][number], 'code' | 'params'> & {
  reason: string;
  code: PlanDocument['unplaced'][number]['code'];
  params: PlanDocument['unplaced'][number]['params'];
};

/** A plan warning as published: its code, its sentence in English and its params. */
export type PublishedWarning = PlanWarning extends infer W
  ? W extends { code: infer C; params: infer P }
    ? { code: C; message: string; params: P }
    : never
  : never;

/** The classic format: the document as it is, its sentences in English. */
export type PublishedClassicPlan = Omit<PlanDocument, 'network' | 'unplaced' | 'rejected' | 'warnings'> & {
  unplaced: PublishedUnplaced[];
  rejected: RejectedRowDoc[];
  warnings: PublishedWarning[];
  network?: PublishedNetwork;
};

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
  unplaced: PublishedUnplaced[];
  rejected: RejectedRowDoc[];
  skipped: PlanDocument['skipped'];
  warnings: PublishedWarning[];
  network?: PublishedNetwork;
}

/** Why a machine is not placed, in English, as the published plan and the CLI say it. */
export const unplacedTextEn = (u: PlanDocument['unplaced'][number], ruleSet: string): string => unplacedDocText(en, u, ruleSet);

/** A plan warning in English, as the published plan and the CLI say it. */
export const warningTextEn = (w: PlanWarning, ruleSet: string): string => warningDocText(en, w, ruleSet);

/** The document's sentences in English, in the published field order (a byte-stable contract). */
function withSentences(doc: PlanDocument): Pick<PublishedClassicPlan, 'unplaced' | 'rejected' | 'warnings'> {
  return {
    unplaced: doc.unplaced.map((u) => ({
      machine: u.machine,
      site: u.site,
      group: u.group,
      churnGBPerDay: u.churnGBPerDay,
      reason: unplacedTextEn(u, doc.ruleSet),
      code: u.code,
      params: u.params,
    })),
    rejected: doc.rejected.map(publishedRejected),
    warnings: doc.warnings.map((w) => ({ code: w.code, message: warningTextEn(w, doc.ruleSet), params: w.params }) as PublishedWarning),
  };
}

/**
 * The plan as published, in its rule set's format: `classic` is the document as it is; `appliances`
 * lists the summary and servers with exactly the fields of issue 11, and the rows' fates. The same
 * function serves `plan --json` and the page's download, so they agree.
 */
export function publishedPlan(doc: PlanDocument): PublishedClassicPlan | PublishedAppliancePlan {
  const network = doc.network ? { network: publishedNetwork(doc.network) } : {};
  const said = withSentences(doc);
  // Spread over the document, the sentences keep their fields' places (the published order).
  if (ruleSetById(doc.ruleSet).documentFormat === 'classic') return { ...doc, ...said, ...network } as PublishedClassicPlan;
  return appliancePlan(doc, said, network);
}

function appliancePlan(
  doc: PlanDocument,
  said: Pick<PublishedClassicPlan, 'unplaced' | 'rejected' | 'warnings'>,
  network: { network?: PublishedNetwork },
): PublishedAppliancePlan {
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
    unplaced: said.unplaced,
    rejected: said.rejected,
    skipped: doc.skipped,
    warnings: said.warnings,
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
