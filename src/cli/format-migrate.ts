import { translator, type MessageKey } from '../i18n/catalogue';
import { formatters } from '../i18n/format';
import type { MigrationDocument } from '../io/migration-document';
import { siteLabel, listed, listRowFates, textTable } from './text-table';

const t = translator('en');
const f = formatters('en');
const hours = (h: number | null) => (h === null ? 'unknown' : t('migrate.hours', { hours: h }));
const range = (r: readonly [number, number]) => t('migrate.hoursRange', { low: r[0], high: r[1] });

/**
 * The migration as a readable terminal report: appliances, the mapping from classic servers,
 * batches, prerequisites; `id` the document id (`migrate --json`'s `documentId`).
 */
export function formatMigrate(doc: MigrationDocument, files: { inventory: string; servers: string | null }, id: string): string {
  const out: string[] = [...headline(doc, files, id)];
  out.push('', 'Appliances (register them one at a time, in this order):', applianceTable(doc));
  out.push('', 'Appliances beside the rule of thumb (one per classic process server):');
  for (const x of doc.sites) out.push(`  ${siteLabel(x.site)}: ${x.detail}`);
  out.push('', 'Batches (at most 10 machines, one appliance each, groups whole):', batchTable(doc));
  out.push('', 'Prerequisites:');
  for (const p of doc.prerequisites) out.push(`  [${p.status}] ${p.detail}`);
  lists(out, doc);
  return out.join('\n') + '\n';
}

// What was read, the document id, the counts, the settings and the time.
function headline(doc: MigrationDocument, files: { inventory: string; servers: string | null }, id: string): string[] {
  const s = doc.summary;
  return [
    `Migration ${files.inventory}${files.servers ? ` with servers from ${files.servers}` : ' (no server file)'}: ${doc.from} → ${doc.to}`,
    `${t('doc.id')} ${id}`,
    `Machines ${f.num(s.machines)} · appliances ${s.appliances} (lower bound ${s.lowerBound}; rule of thumb ${s.ruleOfThumbAppliances}) · vaults ${s.vaults} · batches ${s.batches} · to migrate ${f.num(s.machinesToMigrate)} · new protection ${f.num(s.newProtection)} · split classic servers ${s.splitSourceServers} · unplaced ${s.unplacedMachines} · rejected rows ${s.rejectedRows} (inventory), ${s.rejectedServerRows} (servers)${s.skippedRows > 0 ? ` · skipped rows ${s.skippedRows}` : ''}`,
    `Settings: multiplier ${f.num(doc.settings.multiplier)}×, growth ${f.num(doc.settings.growthPercent)} %, headroom ${f.num(doc.settings.headroomPercent)} %`,
    `Time, one batch after another: ${range(s.hoursIfHealthy)} if every machine is healthy; ${hours(s.hoursOtherwise)} otherwise`,
  ];
}

function applianceTable(doc: MigrationDocument): string {
  const head = ['ID', 'Site', 'Tier', 'vCPU', 'RAM GB', 'Cache GB', 'Machines', 'Churn GB/day', 'From classic servers'];
  const rows = doc.appliances.map((a) => [
    a.id,
    siteLabel(a.site),
    a.tier,
    String(a.vcpu),
    String(a.memoryGB),
    String(a.cacheGB),
    f.num(a.machineCount),
    f.num(a.churnGBPerDay, 1),
    a.fromServers.map((x) => `${x.server} (${x.machineCount})`).join(', ') || '—',
  ]);
  return textTable([head, ...rows], new Set([3, 4, 5, 6, 7]));
}

function batchTable(doc: MigrationDocument): string {
  const head = ['Batch', 'Site', 'Appliance', 'Machines', 'From', 'Groups', 'If healthy', 'Otherwise', 'Expected'];
  const rows = doc.batches.map((b) => [
    b.id,
    siteLabel(b.site),
    b.appliance,
    String(b.machines.length),
    b.fromServers.join(', '),
    b.groups.join(', ') || '—',
    range(b.hoursIfHealthy),
    hours(b.hoursOtherwise),
    b.basis === 'healthy' ? 'if healthy' : b.basis === 'otherwise' ? 'otherwise' : 'not known',
  ]);
  return textTable([head, ...rows], new Set([3]));
}

// The lists that appear only when they have entries: warnings, new protection, unplaced, every row's fate.
function lists(out: string[], doc: MigrationDocument): void {
  listed(out, 'Warnings', [
    ...doc.warnings.map((w) => w.message),
    ...doc.batches.flatMap((b) => b.warnings.map((w) => `${b.id}: ${w.message}`)),
  ]);
  listed(
    out,
    'New protection (not replicating today: an appliance, no batch)',
    doc.newProtection.map((n) => `${n.machine} → ${n.appliance}`),
  );
  listed(
    out,
    'Unplaced',
    doc.unplaced.map((u) => `${u.machine}: ${u.reason}`),
  );
  listed(
    out,
    'Notes on reading the files',
    [...doc.notices.inventory, ...doc.notices.servers].map((n) => n.message),
  );
  listRowFates(out, doc, 'Skipped rows', (reason) => t(`skip.${reason}` as MessageKey));
}
