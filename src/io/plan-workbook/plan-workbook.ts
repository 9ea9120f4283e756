import { billOfMaterials } from '../../core/bill-of-materials';
import { serverMachines, type MachineFact } from '../../core/machine-rows';
import type { PlanDocument } from '../../core/plan-document';
import { churnFactor } from '../../core/planner';
import { planRisks } from '../../core/plan-risks';
import { ruleSetById, sourcesOf } from '../../core/rules';
import { translator } from '../../i18n/catalogue';
import { riskText } from '../../i18n/risk-text';
import { DOCUMENT_VERSION } from '../app-version';

/** A cell: text is always a string cell (a name like `=HYPERLINK(…)` stays text, never a formula). */
export type WorkbookCell = { type: 'text'; value: string } | { type: 'number'; value: number };

/** One sheet: its name and rows, the first row the header (units in the headers). */
export interface WorkbookSheet {
  name: string;
  rows: WorkbookCell[][];
}

/** What a plan workbook is written from besides the plan. */
export interface PlanWorkbookInput {
  doc: PlanDocument;
  documentId: string;
  inventoryName: string;
  /** The machine's facts by site and name (names repeat across sites). */
  factOf: (site: string, name: string) => MachineFact | undefined;
  /** Host names and IP addresses the user gave, by server id. */
  hosts?: Readonly<Record<string, { host: string; ip: string }>>;
  /** The day the workbook is written (YYYY-MM-DD); not part of the plan. */
  date: string;
}

const t = (value: string): WorkbookCell => ({ type: 'text', value });
const n = (value: number): WorkbookCell => ({ type: 'number', value });
const header = (...names: string[]) => names.map(t);
const UNPLACED = '(unplaced)';
const en = translator('en');

/**
 * The plan workbook's sheets, in English like every published document: Summary, Servers,
 * Machines, Bill of materials, Risks, Unplaced, Rejected and skipped rows. Every figure is the
 * plan JSON's (rounded the same way).
 */
export function planWorkbookSheets(input: PlanWorkbookInput): WorkbookSheet[] {
  return [
    summarySheet(input),
    serversSheet(input),
    machinesSheet(input),
    bomSheet(input.doc),
    risksSheet(input.doc),
    unplacedSheet(input.doc),
    rowsSheet(input.doc),
  ];
}

function summarySheet({ doc, documentId, inventoryName, date }: PlanWorkbookInput): WorkbookSheet {
  const tr = translator('en');
  const rules = ruleSetById(doc.ruleSet);
  const s = doc.summary;
  const set = doc.settings;
  const uses = (o: 'useConfigServerPs' | 'configSite' | 'strategy') => rules.options.includes(o);
  const rows: [string, WorkbookCell][] = [
    ['Document id', t(documentId)],
    ['Document format version', n(DOCUMENT_VERSION.format)],
    ['Planner version', t(DOCUMENT_VERSION.app)],
    ['Date', t(date)],
    ['Inventory', t(inventoryName)],
    ['Rule set', t(`${rules.id} — ${rules.title.en}`)],
    ['Churn multiplier (×)', n(set.multiplier)],
    ['Growth (%)', n(set.growthPercent)],
    ['Headroom (%)', n(set.headroomPercent)],
    ...(uses('useConfigServerPs')
      ? ([['Built-in process server', t(set.useConfigServerPs ? 'on' : 'off')]] as [string, WorkbookCell][])
      : []),
    ...(rules.builtIn && set.configSite !== null ? ([['Configuration server site', t(set.configSite)]] as [string, WorkbookCell][]) : []),
    ...(uses('strategy') ? ([['Strategy', t(set.strategy)]] as [string, WorkbookCell][]) : []),
    ['Machines accepted', n(s.machines)],
    ['Rows rejected', n(s.rejectedRows)],
    ['Rows skipped', n(s.skippedRows)],
    ['Machines unplaced', n(s.unplacedMachines)],
    ['Servers', n(doc.servers.length)],
    [`${tr('bom.roleName', { role: rules.scaling.role })}s`, n(s.scaleOutServers)],
    ...(s.vaults === undefined ? [] : ([['Recovery Services vaults', n(s.vaults)]] as [string, WorkbookCell][])),
    ['Lower bound (servers)', n(s.lowerBound)],
    ['vCPU', n(s.totalVcpu)],
    ['RAM (GB)', n(s.totalMemoryGB)],
    ['Cache disk (GB)', n(s.totalCacheGB)],
    ['Total churn (GB/day)', n(s.totalChurnGBPerDay)],
    ['Placed churn (GB/day)', n(s.placedChurnGBPerDay)],
    ['Bandwidth (Mbit/s)', n(s.bandwidthMbps)],
    ['Units', t(tr('print.unitsText'))],
    ...sourcesOf(rules).map((src): [string, WorkbookCell] => ['Source', t(`${src.title} (${src.docDate}) — ${src.url}`)]),
  ];
  return { name: 'Summary', rows: [header('Field', 'Value'), ...rows.map(([k, v]) => [t(k), v])] };
}

function serversSheet({ doc, hosts }: PlanWorkbookInput): WorkbookSheet {
  const rows = doc.servers.map((s) => [
    t(s.id),
    t(s.role),
    t(s.site),
    t(s.tier),
    n(s.vcpu),
    n(s.memoryGB),
    n(s.cacheGB),
    n(s.machineCount),
    n(s.churnGBPerDay),
    n(s.utilisation.machines),
    n(s.utilisation.churn),
    t(s.dedicated ? 'yes' : 'no'),
    t(hosts?.[s.id]?.host ?? ''),
    t(hosts?.[s.id]?.ip ?? ''),
  ]);
  const head = header(
    'Server',
    'Role',
    'Site',
    'Tier',
    'vCPU',
    'RAM (GB)',
    'Cache disk (GB)',
    'Machines',
    'Churn (GB/day)',
    'Machines used (share)',
    'Churn used (share)',
    'Dedicated',
    'Host name',
    'IP address',
  );
  return { name: 'Servers', rows: [head, ...rows] };
}

// Where a machine's churn came from: its column, or how it was worked out when no column gave it.
const sourceText = (f: { source: string; churnSource?: MachineFact['churnSource'] } | undefined): string =>
  f?.churnSource ? en(`churnSource.${f.churnSource}`) : (f?.source ?? '');

function machinesSheet({ doc, factOf }: PlanWorkbookInput): WorkbookSheet {
  const factor = churnFactor(doc.settings);
  const rows: WorkbookCell[][] = [];
  for (const s of doc.servers)
    for (const m of serverMachines(s.machines, (name) => factOf(s.site, name), factor).rows)
      rows.push([t(m.machine), t(s.id), t(s.site), t(m.group), t(s.tier), t(m.os), n(m.churnGBPerDay), t(sourceText(m))]);
  for (const u of doc.unplaced)
    rows.push([
      t(u.machine),
      t(UNPLACED),
      t(u.site),
      t(u.group),
      t(''),
      t(factOf(u.site, u.machine)?.os ?? ''),
      n(u.churnGBPerDay),
      t(sourceText(factOf(u.site, u.machine))),
    ]);
  return {
    name: 'Machines',
    rows: [header('Machine', 'Server', 'Site', 'Group', 'Tier', 'OS', 'Churn (GB/day)', 'Churn source'), ...rows],
  };
}

function bomSheet(doc: PlanDocument): WorkbookSheet {
  const tr = translator('en');
  const bom = billOfMaterials(doc.servers);
  const site = (s: string) => (s === '' ? tr('site.none') : s);
  const rows: WorkbookCell[][] = [];
  for (const s of bom.sites) {
    for (const l of s.lines)
      rows.push([
        t(site(s.site)),
        t(tr('bom.roleName', { role: l.role })),
        t(l.tier),
        n(l.count),
        n(l.vcpu),
        n(l.memoryGB),
        n(l.cacheGB),
        n(l.count * l.vcpu),
        n(l.count * l.memoryGB),
        n(l.count * l.cacheGB),
      ]);
    rows.push([
      t(tr('bom.siteTotal', { site: site(s.site) })),
      t(''),
      t(''),
      n(s.totals.servers),
      t(''),
      t(''),
      t(''),
      n(s.totals.vcpu),
      n(s.totals.memoryGB),
      n(s.totals.cacheGB),
    ]);
  }
  const all = bom.totals;
  rows.push([t(tr('bom.total')), t(''), t(''), n(all.servers), t(''), t(''), t(''), n(all.vcpu), n(all.memoryGB), n(all.cacheGB)]);
  const head = header(
    'Site',
    'Server',
    'Tier',
    'Count',
    'vCPU each',
    'RAM each (GB)',
    'Cache disk each (GB)',
    'vCPU',
    'RAM (GB)',
    'Cache disk (GB)',
  );
  return { name: 'Bill of materials', rows: [head, ...rows] };
}

function risksSheet(doc: PlanDocument): WorkbookSheet {
  const tr = translator('en');
  const rows = planRisks(doc).map((r) => [t(r.code), t(r.section), t(riskText(tr, r))]);
  return { name: 'Risks', rows: [header('Risk', 'Where it shows', 'What it is and what to do'), ...rows] };
}

function unplacedSheet(doc: PlanDocument): WorkbookSheet {
  const rows = doc.unplaced.map((u) => [t(u.machine), t(u.site), t(u.group), n(u.churnGBPerDay), t(u.code), t(u.reason)]);
  return { name: 'Unplaced', rows: [header('Machine', 'Site', 'Group', 'Churn (GB/day)', 'Reason code', 'Reason'), ...rows] };
}

function rowsSheet(doc: PlanDocument): WorkbookSheet {
  const rows = [
    ...doc.rejected.map((r) => [n(r.line), t('rejected'), t(r.code), t(r.column), t(r.value), t(r.message)]),
    ...doc.skipped.map((r) => [n(r.line), t('skipped'), t(r.reason), t(''), t(''), t('')]),
  ];
  return { name: 'Rejected and skipped rows', rows: [header('Line', 'Fate', 'Reason code', 'Column', 'Value', 'Reason'), ...rows] };
}
