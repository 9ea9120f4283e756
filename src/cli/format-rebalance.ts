import type { Rebalance } from '../core/rebalance';
import type { AlertDoc, RebalanceDocument, ServerDoc } from '../io/documents';
import { translator, type MessageKey } from '../i18n/catalogue';
import { alertText } from '../i18n/health-texts';
import { assumptionText, namedServer, noteText, noticeText, shedTexts } from '../i18n/rebalance-texts';
import { formatters } from '../i18n/format';
import { siteLabel, listed, listRowFates, textTable } from './text-table';

const t = translator('en');
const f = formatters('en');
const MAX_MOVES_PER_SOURCE = 25;

/** "cache free space 22 % (< 25 %)", "services: tmansvc", "version 9.56 > 9.55". */
function signalText(a: AlertDoc): string {
  const label = t(`health.signal.${a.signal as 'cpu'}`);
  if (a.signal === 'serviceDown') return `${label}: ${(a.services ?? []).join(', ')}`;
  if (a.signal === 'version') return `${label} ${a.versions?.server} > ${a.versions?.configuration}`;
  const cmp = a.signal === 'cacheFree' ? '<' : a.signal === 'heartbeat' ? '≥' : '>';
  const unit = a.unit === 'min' ? ' min' : ' %';
  return `${label} ${f.num(a.value ?? 0, 1)}${unit} (${cmp} ${f.num(a.threshold ?? 0)}${unit})`;
}

const tierText = (s: ServerDoc) => (s.tierMatch === 'assumed' ? `${s.tier}*` : s.tierMatch === 'no-tier' ? `${s.tier}†` : s.tier);

const BLOCKED: Record<string, string> = {
  critical: 'takes none: critical',
  'load-warning': 'takes none: load warning',
  'matches-no-tier': 'takes none: below every tier',
};

/** What the rebalance does with a server: sheds (and why, from its reasons' codes), takes machines, or takes none (and why). */
function roleText(s: ServerDoc, r: Rebalance): string {
  const critical = r.servers.find((x) => x.id === s.id)?.shedReasons.some((x) => x.kind === 'load-critical');
  if (s.target) return critical ? 'sheds: load-critical' : 'sheds: over limits';
  return s.receiveBlockedBy ? (BLOCKED[s.receiveBlockedBy] ?? `takes none: ${s.receiveBlockedBy}`) : 'may take machines';
}

function worstText(s: ServerDoc): string {
  if (s.alerts.length) return signalText(s.alerts[0]!);
  return s.notMeasured.length >= 5 ? t('health.notMeasured') : '—';
}

/** The rebalance as a readable terminal report; `id` the document id (`rebalance --json`'s `documentId`). */
export function formatRebalance(
  doc: RebalanceDocument,
  r: Rebalance,
  files: { inventory: string; servers: string | null },
  id: string,
): string {
  const s = doc.summary;
  const out: string[] = [];
  out.push(
    `Running deployment ${files.inventory}${files.servers ? ` with servers from ${files.servers}` : ' (no server file)'} (rule sets ${doc.ruleSet}, ${doc.healthRuleSet})`,
  );
  out.push(`${t('doc.id')} ${id}`);
  out.push(
    `Machines ${f.num(s.machines)} · servers ${s.servers}: ${s.healthy} healthy, ${s.warning} warning, ${s.critical} critical, ${s.notMeasured} not measured · rejected rows ${s.rejectedRows} (inventory), ${s.rejectedServerRows} (servers)${s.skippedRows > 0 ? ` · skipped rows ${s.skippedRows}` : ''}`,
  );
  out.push(
    `Settings: multiplier ${f.num(doc.settings.multiplier)}×, growth ${f.num(doc.settings.growthPercent)} %, headroom ${f.num(doc.settings.headroomPercent)} %`,
  );
  out.push('');
  const head = ['ID', 'Role', 'Site', 'Tier', 'Status', 'Worst signal', 'Rebalance', 'Machines', 'Churn GB/day', 'Limits'];
  const rows = doc.servers.map((v) => [
    v.id,
    v.role,
    siteLabel(v.site),
    tierText(v),
    t(`health.status.${v.status}`),
    worstText(v),
    roleText(v, r),
    `${v.before.machineCount} → ${v.after.machineCount}`,
    `${f.num(v.before.churnGBPerDay, 1)} → ${f.num(v.after.churnGBPerDay, 1)}`,
    `${v.limits.machines} / ${f.num(v.limits.churnGBPerDay, 1)}`,
  ]);
  out.push(textTable([head, ...rows], new Set([7, 8, 9])));
  out.push("* tier assumed (see assumptions)   † the spec matches no tier: the nearest tier's limits apply");
  alerts(out, r);
  moves(out, doc, r);
  newServers(out, doc);
  listed(
    out,
    'Unresolved',
    doc.unresolved.map((u) => u.reason),
  );
  listed(
    out,
    'Assumptions',
    r.servers.flatMap((v) => v.assumptions.map((a) => `${v.id}: ${assumptionText(t, a)}`)),
  );
  // Said from the rebalance's codes and figures by the catalogue (the document's sentences are the same words, for its readers).
  listed(out, 'Notes', [
    ...r.servers.flatMap((v) => v.health.notes.map((n) => `${v.id}: ${noteText(t, n)}`)),
    ...r.notices.map((n) => noticeText(t, n)),
  ]);
  listRowFates(out, doc, 'Skipped inventory rows', (reason) => t(`skip.${reason}` as MessageKey));
  return out.join('\n') + '\n';
}

function alerts(out: string[], r: Rebalance): void {
  const troubled = r.servers.filter((v) => v.health.alerts.length > 0);
  if (!troubled.length) return;
  out.push('', 'What to do (Troubleshoot the process server, 2019-09-09):');
  for (const v of troubled) {
    out.push(`  ${v.id} — ${t(`health.status.${v.status}`)}`);
    for (const a of v.health.alerts) {
      out.push(`    [${a.level}] ${alertText(t, a)}`);
      a.actions.forEach((x, i) => out.push(`      ${i + 1}. ${t(`health.action.${x}`)}`));
    }
  }
}

function moves(out: string[], doc: RebalanceDocument, r: Rebalance): void {
  const s = doc.summary;
  out.push('');
  if (!doc.moves.length) {
    out.push(
      `No machine needs to move: every server is within its limits at ${f.num(doc.settings.headroomPercent)} % headroom${s.unresolved ? ' or reported below as unresolved' : ''}.`,
    );
    return;
  }
  out.push(
    `Moves: ${f.num(s.machinesMoved)} machine(s), ${f.gbPerDay(s.churnMovedGBPerDay)} (${s.machinesMovedFromServers} from overloaded or critical servers, ${s.unassignedPlaced} unassigned placed)`,
  );
  const bySource = new Map<string, RebalanceDocument['moves']>();
  for (const m of doc.moves) {
    const list = bySource.get(m.from);
    if (list) list.push(m);
    else bySource.set(m.from, [m]);
  }
  for (const [from, list] of bySource) {
    out.push(from === '' ? '  Unassigned machines:' : `  From ${from}: ${sourceReasons(r, from)}`);
    const rows = list
      .slice(0, MAX_MOVES_PER_SOURCE)
      .map((m) => [`    ${m.machine}`, m.group ? `(group ${m.group})` : '', `→ ${m.to}`, f.gbPerDay(m.churnGBPerDay)]);
    out.push(textTable(rows, new Set([3])));
    if (list.length > MAX_MOVES_PER_SOURCE) out.push(`    … and ${list.length - MAX_MOVES_PER_SOURCE} more (--json lists all)`);
  }
}

// Why a server gives machines away: its reasons, as every move from it says them.
function sourceReasons(r: Rebalance, id: string): string {
  const s = r.servers.find((x) => x.id === id);
  return s ? shedTexts(t, namedServer(s), s.shedReasons) : '';
}

function newServers(out: string[], doc: RebalanceDocument): void {
  if (!doc.newServers.length) return;
  out.push('', `New scale-out process servers (${doc.newServers.length}):`);
  for (const n of doc.newServers) {
    out.push(
      `  ${n.id}  site ${siteLabel(n.site)}  ${n.tier}: ${n.vcpu} vCPU (${n.sockets}×${n.coresPerSocket} @ ${n.ghz} GHz), ${n.memoryGB} GB RAM, ${n.cacheGB} GB cache — ${n.machineCount} machine(s), ${f.gbPerDay(n.churnGBPerDay)}${n.dedicated ? ' (dedicated)' : ''}`,
    );
  }
}
