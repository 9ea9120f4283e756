import type { RebalanceDocument } from '../documents';
import { header, n, rowFatesSheet, summarySheet, t, yesNo, type WorkbookCell, type WorkbookSheet } from './cells';

/** What a running deployment's workbook (moves, batches) is written from besides its document. */
export interface RunningWorkbookInput {
  documentId: string;
  inventoryName: string;
  /** The server file's name; null when none was read. */
  serversName: string | null;
  /** The day the workbook is written (YYYY-MM-DD); not part of the document. */
  date: string;
}

/**
 * The running view's workbook (the change list), in English like `rebalance --json`, with its
 * figures: Summary, Servers (before and after), New servers, Moves, Unresolved, Rejected and
 * skipped rows (the inventory's and the server file's).
 */
export function rebalanceWorkbookSheets(doc: RebalanceDocument, input: RunningWorkbookInput): WorkbookSheet[] {
  return [
    summary(doc, input),
    servers(doc),
    newServers(doc),
    moves(doc),
    {
      name: 'Unresolved',
      rows: [
        header('Server', 'Site', 'Reason code', 'Reason'),
        ...doc.unresolved.map((u) => [t(u.server), t(u.site), t(u.code), t(u.reason)]),
      ],
    },
    rowFatesSheet({ inventory: doc.rejected.inventory, servers: doc.rejected.servers, skipped: doc.skipped }),
  ];
}

function summary(doc: RebalanceDocument, input: RunningWorkbookInput): WorkbookSheet {
  const s = doc.summary;
  const fields: [string, WorkbookCell][] = [
    ['Rule set', t(doc.ruleSet)],
    ['Health rule set', t(doc.healthRuleSet)],
    ['Churn multiplier (×)', n(doc.settings.multiplier)],
    ['Growth (%)', n(doc.settings.growthPercent)],
    ['Headroom (%)', n(doc.settings.headroomPercent)],
    ['Machines', n(s.machines)],
    ['Servers', n(s.servers)],
    ['Healthy', n(s.healthy)],
    ['Not measured', n(s.notMeasured)],
    ['Warning', n(s.warning)],
    ['Critical', n(s.critical)],
    ['Machines moved', n(s.machinesMoved)],
    ['Machines moved from servers', n(s.machinesMovedFromServers)],
    ['Unassigned machines placed', n(s.unassignedPlaced)],
    ['Churn moved (GB/day)', n(s.churnMovedGBPerDay)],
    ['New servers', n(s.newServers)],
    ['Unresolved', n(s.unresolved)],
    ['Rows rejected', n(s.rejectedRows)],
    ['Server rows rejected', n(s.rejectedServerRows)],
    ['Rows skipped', n(s.skippedRows)],
  ];
  return summarySheet({ ...input, serversName: input.serversName ?? '(none)' }, fields);
}

function servers(doc: RebalanceDocument): WorkbookSheet {
  const rows = doc.servers.map((s) => [
    t(s.id),
    t(s.role),
    t(s.site),
    t(s.tier),
    t(s.tierMatch),
    t(s.status),
    t(s.overLimits.join(', ')),
    n(s.before.machineCount),
    n(s.before.churnGBPerDay),
    n(s.after.machineCount),
    n(s.after.churnGBPerDay),
    n(s.after.utilisation.machines),
    n(s.after.utilisation.churn),
    n(s.limits.machines),
    n(s.limits.churnGBPerDay),
    yesNo(s.receives),
  ]);
  const head = header(
    'Server',
    'Role',
    'Site',
    'Tier',
    'Tier match',
    'Status',
    'Over limits',
    'Machines before',
    'Churn before (GB/day)',
    'Machines after',
    'Churn after (GB/day)',
    'Machines used after (share)',
    'Churn used after (share)',
    'Machine limit',
    'Churn limit (GB/day)',
    'Receives machines',
  );
  return { name: 'Servers', rows: [head, ...rows] };
}

function newServers(doc: RebalanceDocument): WorkbookSheet {
  const rows = doc.newServers.map((s) => [
    t(s.id),
    t(s.site),
    t(s.tier),
    n(s.vcpu),
    n(s.memoryGB),
    n(s.cacheGB),
    n(s.machineCount),
    n(s.churnGBPerDay),
    yesNo(s.dedicated),
  ]);
  const head = header('Server', 'Site', 'Tier', 'vCPU', 'RAM (GB)', 'Cache disk (GB)', 'Machines', 'Churn (GB/day)', 'Dedicated');
  return { name: 'New servers', rows: [head, ...rows] };
}

function moves(doc: RebalanceDocument): WorkbookSheet {
  const rows = doc.moves.map((m) => [
    t(m.machine),
    t(m.site),
    t(m.group),
    t(m.from),
    t(m.to),
    yesNo(m.toNewServer),
    n(m.churnGBPerDay),
    t(m.because.join(', ')),
    t(m.reason),
  ]);
  const head = header('Machine', 'Site', 'Group', 'From', 'To', 'To a new server', 'Churn (GB/day)', 'Because', 'Reason');
  return { name: 'Moves', rows: [head, ...rows] };
}
