import type { Alert } from './health';
import type { PlannedServer, RejectedRow, SkippedRow } from './model';
import type { AssumptionCode } from './deployment';
import type { HealthAction, HealthStatus } from './rules/health-rule-set';
import type { Move, OverLimit, Rebalance, RebalanceSummary, Unresolved } from './rebalance';
import { shedReasonText } from './rebalance/reasons';
import { roundTo } from './units';

/** The sentences a document needs for alerts and actions, in one language (see src/i18n). */
export interface HealthTexts {
  action: (code: HealthAction) => string;
  alert: (alert: Alert) => string;
}

/** A rejected row as published. */
export interface RejectedRowDoc {
  line: number;
  column: string;
  value: string;
  message: string;
  code: string;
}

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

/** The rebalance as published: what `rebalance --json` prints. */
export interface RebalanceDocument {
  ruleSet: string;
  healthRuleSet: string;
  settings: Rebalance['settings'];
  summary: { [K in keyof RebalanceSummary]: number } & { rejectedRows: number; rejectedServerRows: number; skippedRows: number };
  servers: ServerDoc[];
  /** A new server's spec and load as a plan lists it, without role (always scale-out) or utilisation. */
  newServers: Omit<PlannedServer, 'role' | 'utilisation'>[];
  moves: Move[];
  unresolved: Unresolved[];
  notices: { code: string; message: string; params: Record<string, string | number> }[];
  rejected: { inventory: RejectedRowDoc[]; servers: RejectedRowDoc[] };
  /** Inventory rows that are neither machines nor mistakes (summary rows), as in the plan. */
  skipped: { line: number; reason: string }[];
}

// Assumptions that stand for the server's role.
const ROLE_ASSUMED = new Set<AssumptionCode>(['no-server-file', 'not-in-server-file', 'role-not-given']);

/** A rejected row as published: its fields, in this order. */
export const rejectedDoc = (r: RejectedRowDoc): RejectedRowDoc => ({
  line: r.line,
  column: r.column,
  value: r.value,
  message: r.message,
  code: r.code,
});

/**
 * Builds the published document. Figures are rounded for reading (churn to 3 decimals,
 * utilisation to 4); decisions were made on exact values. Holds no date or file name, so the same
 * input gives the same bytes.
 */
export function rebalanceDocument(
  r: Rebalance,
  rejected: { inventory: readonly RejectedRow[]; servers: readonly RejectedRowDoc[]; skipped?: readonly SkippedRow[] },
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
      const load = (l: { machines: number; churnGBPerDay: number }): LoadDoc => ({
        machineCount: l.machines,
        churnGBPerDay: roundTo(l.churnGBPerDay),
        utilisation: {
          machines: roundTo(l.machines / s.tier.maxMachines, 4),
          churn: roundTo(l.churnGBPerDay / s.tier.maxChurnGBPerDay, 4),
        },
      });
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
        notes: s.health.notes.map((n) => ({ code: n.code, message: n.message })),
        limits: { machines: s.limits.machines, churnGBPerDay: roundTo(s.limits.churnGBPerDay) },
        target: s.target && { machines: s.target.machines, churnGBPerDay: roundTo(s.target.churnGBPerDay) },
        shedReasons: s.shedReasons.map((x) => shedReasonText(s, x)),
        receives: s.receiveBlockedBy === null,
        receiveBlockedBy: s.receiveBlockedBy,
        before: load(s.before),
        after: load(s.after),
        assumptions: s.assumptions.map((a) => ({ code: a.code, message: a.message })),
      };
    }),
    newServers: r.newServers.map((n) => ({
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
    })),
    moves: r.moves.map((m) => ({ ...m, churnGBPerDay: roundTo(m.churnGBPerDay) })),
    unresolved: r.unresolved,
    notices: r.notices.map((n) => ({ code: n.code, message: n.message, params: n.params })),
    rejected: { inventory: rejected.inventory.map(rejectedDoc), servers: rejected.servers.map(rejectedDoc) },
    skipped: skipped.map((s) => ({ line: s.line, reason: s.reason })),
  };
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
