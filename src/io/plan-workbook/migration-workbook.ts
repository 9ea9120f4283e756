import type { MigrationDocument } from '../migration-document';
import { header, maybe, n, rowFatesSheet, summarySheet, t, yesNo, type WorkbookCell, type WorkbookSheet } from './cells';
import type { RunningWorkbookInput } from './rebalance-workbook';

/**
 * The Migration view's workbook (the runbook), in English like `migrate --json`, with its figures:
 * Summary, Sites, Appliances, Batches (a row per machine), New protection, Prerequisites,
 * Unplaced, Warnings, Rejected and skipped rows.
 */
export function migrationWorkbookSheets(doc: MigrationDocument, input: RunningWorkbookInput): WorkbookSheet[] {
  return [
    summary(doc, input),
    {
      name: 'Sites',
      rows: [
        header('Site', 'Appliances', 'Lower bound', 'Rule of thumb (appliances)', 'Reason code', 'Reason'),
        ...doc.sites.map((s) => [t(s.site), n(s.appliances), n(s.lowerBound), n(s.ruleOfThumbAppliances), t(s.reason), t(s.detail)]),
      ],
    },
    appliances(doc),
    batches(doc),
    {
      name: 'New protection',
      rows: [header('Machine', 'Site', 'Appliance'), ...doc.newProtection.map((p) => [t(p.machine), t(p.site), t(p.appliance)])],
    },
    {
      name: 'Prerequisites',
      rows: [header('Prerequisite', 'Status', 'Detail'), ...doc.prerequisites.map((p) => [t(p.code), t(p.status), t(p.detail)])],
    },
    {
      name: 'Unplaced',
      rows: [
        header('Machine', 'Site', 'Group', 'Churn (GB/day)', 'Reason code', 'Reason'),
        ...doc.unplaced.map((u) => [t(u.machine), t(u.site), t(u.group), n(u.churnGBPerDay), t(u.code), t(u.reason)]),
      ],
    },
    { name: 'Warnings', rows: [header('Warning', 'Message'), ...doc.warnings.map((w) => [t(w.code), t(w.message)])] },
    rowFatesSheet({ inventory: doc.rejected.inventory, servers: doc.rejected.servers, skipped: doc.skipped }),
  ];
}

function summary(doc: MigrationDocument, input: RunningWorkbookInput): WorkbookSheet {
  const s = doc.summary;
  const fields: [string, WorkbookCell][] = [
    ['From', t(doc.from)],
    ['To', t(doc.to)],
    ['Churn multiplier (×)', n(doc.settings.multiplier)],
    ['Growth (%)', n(doc.settings.growthPercent)],
    ['Headroom (%)', n(doc.settings.headroomPercent)],
    ['Machines', n(s.machines)],
    ['Appliances', n(s.appliances)],
    ['Lower bound (appliances)', n(s.lowerBound)],
    ['Rule of thumb (appliances)', n(s.ruleOfThumbAppliances)],
    ['Recovery Services vaults', n(s.vaults)],
    ['Batches', n(s.batches)],
    ['Machines to migrate', n(s.machinesToMigrate)],
    ['New protection', n(s.newProtection)],
    ['Source servers split', n(s.splitSourceServers)],
    ['Machines unplaced', n(s.unplacedMachines)],
    ['Hours if healthy, least', n(s.hoursIfHealthy[0])],
    ['Hours if healthy, most', n(s.hoursIfHealthy[1])],
    ['Hours otherwise', maybe(s.hoursOtherwise)],
    ['Rows rejected', n(s.rejectedRows)],
    ['Server rows rejected', n(s.rejectedServerRows)],
    ['Rows skipped', n(s.skippedRows)],
  ];
  return summarySheet({ ...input, serversName: input.serversName ?? '(none)' }, fields);
}

function appliances(doc: MigrationDocument): WorkbookSheet {
  const rows = doc.appliances.map((a) => [
    t(a.id),
    t(a.site),
    t(a.tier),
    n(a.vcpu),
    n(a.memoryGB),
    n(a.cacheGB),
    n(a.machineCount),
    n(a.churnGBPerDay),
    yesNo(a.dedicated),
    t(a.fromServers.map((f) => `${f.server} (${f.machineCount})`).join(', ')),
  ]);
  const head = header(
    'Appliance',
    'Site',
    'Tier',
    'vCPU',
    'RAM (GB)',
    'Cache disk (GB)',
    'Machines',
    'Churn (GB/day)',
    'Dedicated',
    'From servers (machines)',
  );
  return { name: 'Appliances', rows: [head, ...rows] };
}

// One row per machine (a batch's list may not fit a cell); the batch's figures on its first row only, so they sum.
function batches(doc: MigrationDocument): WorkbookSheet {
  const rows: WorkbookCell[][] = [];
  for (const b of doc.batches)
    b.machines.forEach((m, i) => {
      const figures =
        i === 0
          ? [
              n(b.machines.length),
              t(b.fromServers.join(', ')),
              t(b.groups.join(', ')),
              n(b.hoursIfHealthy[0]),
              n(b.hoursIfHealthy[1]),
              maybe(b.hoursOtherwise),
              t(b.basis),
              t(b.warnings.map((w) => w.message).join(' ')),
            ]
          : Array.from({ length: 8 }, () => t(''));
      rows.push([t(b.id), t(b.site), t(b.appliance), t(m), ...figures]);
    });
  const head = header(
    'Batch',
    'Site',
    'Appliance',
    'Machine',
    'Machines',
    'From servers',
    'Groups',
    'Hours if healthy, least',
    'Hours if healthy, most',
    'Hours otherwise',
    'Time basis',
    'Warnings',
  );
  return { name: 'Batches', rows: [head, ...rows] };
}
