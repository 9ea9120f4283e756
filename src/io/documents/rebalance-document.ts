import type { Alert } from '../../core/health';
import type { HealthTexts } from '../../i18n/health-texts';
import type { PlannedServer, RejectedRow, SkippedRow } from '../../core/model';
import type { RejectPlace, ServerRejectWhy } from '../../core/reject';
import type { AssumptionCode, DeploymentNotice, NoticeCode } from '../../core/deployment';
import type { HealthAction, HealthStatus } from '../../core/rules';
import type { DeploymentServer, Move, OverLimit, Rebalance, RebalanceSummary, Unresolved, UnresolvedCode } from '../../core/rebalance';
import { roundTo } from '../../core/units';
import { publishedRejected, publishedServerRow, type RejectedRowDoc } from './rejected-rows';
import { translator } from '../../i18n/catalogue';
import { assumptionText, moveReasonText, namedServer, noteText, noticeText, shedText, unresolvedText } from '../../i18n/rebalance-texts';

/*
 * The rebalance as published (`rebalance --json`, the running view's download): built at the edge
 * from the rebalance's codes and figures, its reasons rendered by the English catalogue, its
 * alerts and actions in the language asked for (docs/rules.md#running-deployments).
 */

const en = translator('en');

/** One alert as published: figures, the sentence, and the recommended steps in plain words. */
export interface AlertDoc {
  signal: string;
  level: 'warning' | 'critical';
  value?: number;
  threshold?: number;
  unit?: string;
  message: string;
  actions: string[];
  actionCodes: HealthAction[];
  services?: string[];
  versions?: { server: string; configuration: string };
}

/** A load as published. */
interface LoadDoc {
  machineCount: number;
  churnGBPerDay: number;
  /** Share of the tier's published limits (1 = at the limit). */
  utilisation: { machines: number; churn: number };
}

/** One existing server as published. */
export interface ServerDoc {
  id: string;
  role: string;
  site: string;
  tier: string;
  tierMatch: 'matched' | 'no-tier' | 'assumed';
  /** For `no-tier`: how far the spec falls short of the nearest tier. */
  shortBy?: { vcpu: number; memoryGB: number; cacheGB: number };
  inServerFile: boolean;
  vcpu?: number;
  memoryGB?: number;
  cacheGB?: number;
  version?: string;
  /** Its health, raised to at least a warning while it is over a limit (`overLimits`). */
  status: HealthStatus;
  /** The limits (at this headroom) its load is over today: "machines", "churn". */
  overLimits: OverLimit[];
  /** True when nothing says which role the server has (no server file, not in it, or no role given): scale-out is assumed. */
  roleAssumed: boolean;
  worstSignal: string | null;
  alerts: AlertDoc[];
  notMeasured: string[];
  notes: { code: string; message: string }[];
  /** The tier's limits at the chosen headroom. */
  limits: { machines: number; churnGBPerDay: number };
  /** The load it must come down to, when it sheds. */
  target: { machines: number; churnGBPerDay: number } | null;
  shedReasons: string[];
  receives: boolean;
  receiveBlockedBy: string | null;
  before: LoadDoc;
  after: LoadDoc;
  assumptions: { code: string; message: string }[];
}

/** A move as published: the reason in English. */
export type MoveDoc = Omit<Move, 'groupHome' | 'toNewServer'> & { reason: string; toNewServer: boolean };

/** An unresolved limit as published: the reason in English, and the figures the document always named. */
export interface UnresolvedDoc {
  server: string;
  site: string;
  code: UnresolvedCode;
  reason: string;
  params: Record<string, string | number>;
}

/** A deployment notice as published: the sentence in English and the figures the document always named. */
export interface NoticeDoc {
  code: NoticeCode;
  message: string;
  params: Record<string, string | number>;
}

/** The rebalance as published: what `rebalance --json` prints. */
export interface RebalanceDocument {
  ruleSet: string;
  healthRuleSet: string;
  settings: Rebalance['settings'];
  summary: { [K in keyof RebalanceSummary]: number } & { rejectedRows: number; rejectedServerRows: number; skippedRows: number };
  servers: ServerDoc[];
  /** A new server's spec and load as a plan lists it, without role (always scale-out) or utilisation. */
  newServers: Omit<PlannedServer, 'role' | 'utilisation'>[];
  moves: MoveDoc[];
  unresolved: UnresolvedDoc[];
  notices: NoticeDoc[];
  rejected: { inventory: RejectedRowDoc[]; servers: RejectedRowDoc[] };
  /** Inventory rows that are neither machines nor mistakes (summary rows), as in the plan. */
  skipped: { line: number; reason: string }[];
}

// Assumptions that stand for the server's role.
const ROLE_ASSUMED = new Set<AssumptionCode>(['no-server-file', 'not-in-server-file', 'role-not-given']);

/**
 * Builds the published document. Figures are rounded for reading (churn to 3 decimals,
 * utilisation to 4); decisions were made on exact values. Holds no date or file name, so the same
 * input gives the same bytes.
 */
export function rebalanceDocument(
  r: Rebalance,
  rejected: { inventory: readonly RejectedRow[]; servers: readonly (RejectPlace & ServerRejectWhy)[]; skipped?: readonly SkippedRow[] },
  texts: HealthTexts,
): RebalanceDocument {
  const skipped = rejected.skipped ?? [];
  return {
    ruleSet: r.ruleSet,
    healthRuleSet: r.healthRuleSet,
    settings: r.settings,
    summary: {
      ...r.summary,
      churnMovedGBPerDay: roundTo(r.summary.churnMovedGBPerDay),
      rejectedRows: rejected.inventory.length,
      rejectedServerRows: rejected.servers.length,
      skippedRows: skipped.length,
    },
    servers: r.servers.map((s): ServerDoc => {
      const o = s.observation;
      return {
        id: s.id,
        role: s.role,
        site: s.site,
        tier: s.tier.id,
        tierMatch: s.tierMatch.kind,
        ...(s.tierMatch.kind === 'no-tier' ? { shortBy: s.tierMatch.shortBy } : {}),
        inServerFile: s.inServerFile,
        ...(o?.vcpu !== undefined ? { vcpu: o.vcpu } : {}),
        ...(o?.memoryGB !== undefined ? { memoryGB: o.memoryGB } : {}),
        ...(o?.cacheGB !== undefined ? { cacheGB: o.cacheGB } : {}),
        ...(o?.version !== undefined ? { version: o.version } : {}),
        status: s.status,
        overLimits: s.overLimits,
        roleAssumed: s.assumptions.some((a) => ROLE_ASSUMED.has(a.code)),
        worstSignal: s.health.worst?.signal ?? null,
        alerts: s.health.alerts.map((a) => alertDoc(a, texts)),
        notMeasured: s.health.notMeasured,
        notes: s.health.notes.map((n) => ({ code: n.code, message: noteText(en, n) })),
        limits: { machines: s.limits.machines, churnGBPerDay: roundTo(s.limits.churnGBPerDay) },
        target: s.target && { machines: s.target.machines, churnGBPerDay: roundTo(s.target.churnGBPerDay) },
        shedReasons: s.shedReasons.map((x) => shedText(en, namedServer(s), x)),
        receives: s.receiveBlockedBy === null,
        receiveBlockedBy: s.receiveBlockedBy,
        before: loadDoc(s.before, s.tier),
        after: loadDoc(s.after, s.tier),
        assumptions: s.assumptions.map((a) => ({ code: a.code, message: assumptionText(en, a) })),
      };
    }),
    newServers: r.newServers.map(newServerDoc),
    moves: r.moves.map((m) => moveDoc(m, r.servers)),
    unresolved: r.unresolved.map(unresolvedDoc),
    notices: r.notices.map(noticeDoc),
    rejected: { inventory: rejected.inventory.map(publishedRejected), servers: rejected.servers.map(publishedServerRow) },
    skipped: skipped.map((s) => ({ line: s.line, reason: s.reason })),
  };
}

// The names listed and the count of configuration servers are in the sentence only: the published
// figures stay those the document has always carried.
function noticeDoc(n: DeploymentNotice): NoticeDoc {
  const message = noticeText(en, n);
  if (n.code === 'site-mismatch')
    return { code: n.code, message, params: { server: n.params.server, site: n.params.site, machines: n.params.machines } };
  if (n.code === 'several-configuration-servers') return { code: n.code, message, params: { servers: n.params.servers } };
  return { code: n.code, message, params: n.params };
}

// A load against the server's tier: counts, and the share of each limit used.
function loadDoc(l: { machines: number; churnGBPerDay: number }, tier: { maxMachines: number; maxChurnGBPerDay: number }): LoadDoc {
  return {
    machineCount: l.machines,
    churnGBPerDay: roundTo(l.churnGBPerDay),
    utilisation: {
      machines: roundTo(l.machines / tier.maxMachines, 4),
      churn: roundTo(l.churnGBPerDay / tier.maxChurnGBPerDay, 4),
    },
  };
}

function newServerDoc(n: Rebalance['newServers'][number]): RebalanceDocument['newServers'][number] {
  return {
    id: n.id,
    site: n.site,
    tier: n.tier.id,
    vcpu: n.tier.vcpu,
    sockets: n.tier.sockets,
    coresPerSocket: n.tier.coresPerSocket,
    ghz: n.tier.ghz,
    memoryGB: n.tier.memoryGB,
    cacheGB: n.tier.cacheGB,
    machineCount: n.machineCount,
    churnGBPerDay: roundTo(n.churnGBPerDay),
    dedicated: n.dedicated,
    machines: n.machines,
  };
}

function moveDoc(m: Move, servers: readonly DeploymentServer[]): MoveDoc {
  const source = m.from === '' ? undefined : servers.find((s) => s.id === m.from);
  const from = source ? { server: namedServer(source), reasons: source.shedReasons } : null;
  return {
    machine: m.machine,
    site: m.site,
    group: m.group,
    from: m.from,
    to: m.to,
    churnGBPerDay: roundTo(m.churnGBPerDay),
    because: m.because,
    reason: moveReasonText(en, m, from),
    toNewServer: m.toNewServer,
  };
}

// The figures each code's entry has always published (the sentence carries the rest).
function publishedParams(u: Unresolved): Record<string, string | number> {
  switch (u.code) {
    case 'cannot-shed':
      return { server: u.params.server, immovable: u.params.immovable };
    case 'item-too-big':
      return { machines: u.params.machines, churnGBPerDay: roundTo(u.params.churnGBPerDay) };
    default:
      return { server: u.params.server };
  }
}

function unresolvedDoc(u: Unresolved): UnresolvedDoc {
  return { server: u.server, site: u.site, code: u.code, reason: unresolvedText(en, u), params: publishedParams(u) };
}

function alertDoc(a: Alert, texts: HealthTexts): AlertDoc {
  return {
    signal: a.signal,
    level: a.level,
    ...(a.value !== undefined ? { value: a.value, threshold: a.threshold, unit: a.unit } : {}),
    message: texts.alert(a),
    actions: a.actions.map(texts.action),
    actionCodes: [...a.actions],
    ...(a.services ? { services: a.services } : {}),
    ...(a.versions ? { versions: a.versions } : {}),
  };
}
