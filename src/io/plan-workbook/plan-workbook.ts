import { billOfMaterials } from '../../core/bill-of-materials';
import { serverMachines, type MachineFact } from '../../core/machine-rows';
import type { PlanDocument } from '../../core/plan-document';
import { churnFactor } from '../../core/planner';
import { planRisks } from '../../core/plan-risks';
import { ruleSetById, sourcesOf } from '../../core/rules';
import { translator } from '../../i18n/catalogue';
import { riskText } from '../../i18n/risk-text';
import { header, n, rowFatesSheet, summarySheet as fieldsSheet, t, type WorkbookCell, type WorkbookSheet } from './cells';
import { networkSheets } from './network-sheets';
import { publishedRejected, unplacedTextEn } from '../documents';

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

const UNPLACED = '(unplaced)';
const en = translator('en');

/**
 * The plan workbook's sheets, in English like every published document: Summary, Servers,
 * Machines, Bill of materials, Risks, Unplaced, Rejected and skipped rows, and with a link the
 * network's (Network, Network waves, Network servers). Every figure is the plan JSON's (rounded
 * the same way).
 */
export function planWorkbookSheets(input: PlanWorkbookInput): WorkbookSheet[] {
  return [
    summarySheet(input),
    serversSheet(input),
    machinesSheet(input),
    bomSheet(input.doc),
    risksSheet(input.doc),
    unplacedSheet(input.doc),
    rowFatesSheet({ inventory: input.doc.rejected.map(publishedRejected), skipped: input.doc.skipped }),
    ...(input.doc.network ? networkSheets(input.doc.network) : []),
  ];
}

function summarySheet({ doc, documentId, inventoryName, date }: PlanWorkbookInput): WorkbookSheet {
  const tr = translator('en');
  const rules = ruleSetById(doc.ruleSet);
  const s = doc.summary;
  const set = doc.settings;
  const uses = (o: 'useConfigServerPs' | 'configSite' | 'strategy') => rules.options.includes(o);
  const rows: [string, WorkbookCell][] = [
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
  return fieldsSheet({ documentId, date, inventoryName }, rows);
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
  const rows = doc.unplaced.map((u) => [
    t(u.machine),
    t(u.site),
    t(u.group),
    n(u.churnGBPerDay),
    t(u.code),
    t(unplacedTextEn(u, doc.ruleSet)),
  ]);
  return { name: 'Unplaced', rows: [header('Machine', 'Site', 'Group', 'Churn (GB/day)', 'Reason code', 'Reason'), ...rows] };
}
