/** A process server's health from its observations and the alert table (docs/rules.md#alert-table). */

import type { ServerObservation } from '../deployment';
import type {
  ServerRole,
  AlertLevel,
  Comparison,
  HealthAction,
  HealthRuleSet,
  HealthSignal,
  HealthStatus,
  HealthThreshold,
} from '../rules';
import { compareVersions, parseVersion } from './version';

/** One raised alert: which signal, how bad, the figures, and the guide's recommended steps. */
export interface Alert {
  signal: HealthSignal;
  level: AlertLevel;
  /** The measured value (percent or minutes); absent for services and versions. */
  value?: number;
  threshold?: number;
  comparison?: Comparison;
  unit?: '%' | 'min';
  actions: readonly HealthAction[];
  /** The services reported down (serviceDown). */
  services?: string[];
  /** The two versions compared (version). */
  versions?: { server: string; configuration: string };
}

/** A remark that is not an alert (a version that can't be compared). */
export type HealthNote =
  /** The version (`version`) is not a dotted number, so the versions were not compared. */
  | { code: 'version-unknown'; params: { version: string } }
  /** The configuration server's version is not known, so `version` can't be checked. */
  | { code: 'version-unchecked'; params: { version: string } };

/** A server's health: status = worst alert level (not measured when nothing was), alerts worst first. */
export interface ServerHealth {
  status: HealthStatus;
  alerts: Alert[];
  /** The first of `alerts`, or null when healthy. */
  worst: Alert | null;
  /** Signals without a measurement: not measured is not the same as fine. */
  notMeasured: HealthSignal[];
  notes: HealthNote[];
}

/** What health is assessed from. */
interface HealthInput {
  role: ServerRole;
  /** Null for a server absent from the server file (nothing measured). */
  observation: ServerObservation | null;
  /** The configuration server's version, when known. */
  configurationVersion?: string;
}

const FIELD: Record<HealthThreshold['signal'], 'cpuPercent' | 'memoryPercent' | 'cacheFreePercent' | 'minutesSinceHeartbeat'> = {
  cpu: 'cpuPercent',
  memory: 'memoryPercent',
  cacheFree: 'cacheFreePercent',
  heartbeat: 'minutesSinceHeartbeat',
};

const RANK: Record<AlertLevel, number> = { critical: 0, warning: 1 };

/** True when `value` crosses the threshold the way the rule says. */
function crosses(value: number, t: Pick<HealthThreshold, 'comparison' | 'threshold'>): boolean {
  if (t.comparison === 'above') return value > t.threshold;
  if (t.comparison === 'below') return value < t.threshold;
  return value >= t.threshold;
}

/** Assesses one server. Pure: the same observations always give the same health. */
export function assessHealth(input: HealthInput, rules: HealthRuleSet): ServerHealth {
  const obs = input.observation;
  const alerts: Alert[] = [];
  const notMeasured: HealthSignal[] = [];
  const notes: HealthNote[] = [];
  for (const signal of thresholdSignals(rules)) {
    const value = obs?.[FIELD[signal]];
    if (value === undefined) notMeasured.push(signal);
    else {
      const alert = thresholdAlert(signal, value, rules);
      if (alert) alerts.push(alert);
    }
  }
  const services = obs?.servicesDown;
  if (services === undefined) notMeasured.push('serviceDown');
  else if (services.length > 0) alerts.push({ ...ruleAlert('serviceDown', rules), services: [...services] });
  if (input.role === 'scale-out') versionCheck(obs?.version, input.configurationVersion, rules, alerts, notMeasured, notes);
  alerts.sort((a, b) => RANK[a.level] - RANK[b.level] || rules.worstOrder.indexOf(a.signal) - rules.worstOrder.indexOf(b.signal));
  const worst = alerts[0] ?? null;
  // A version alone says nothing about load or liveness: "healthy" needs a health signal measured.
  const measured = [...thresholdSignals(rules), 'serviceDown'].some((s) => !notMeasured.includes(s as HealthSignal));
  return { status: worst?.level ?? (measured ? 'healthy' : 'not-measured'), alerts, worst, notMeasured, notes };
}

/** The alerts on signals that grow with load (CPU, memory, cache space). */
export function loadAlerts(health: ServerHealth, rules: HealthRuleSet): Alert[] {
  return health.alerts.filter((a) => (rules.loadSignals as readonly HealthSignal[]).includes(a.signal));
}

/** The threshold row of a signal and level, if the rule set has one. */
export function thresholdOf(rules: HealthRuleSet, signal: HealthSignal, level: AlertLevel): HealthThreshold | undefined {
  return rules.thresholds.find((t) => t.signal === signal && t.level === level);
}

function thresholdSignals(rules: HealthRuleSet): HealthThreshold['signal'][] {
  return [...new Set(rules.thresholds.map((t) => t.signal))];
}

// The worst row the value crosses: a CPU of 97 % raises the critical alert only, not both.
function thresholdAlert(signal: HealthThreshold['signal'], value: number, rules: HealthRuleSet): Alert | null {
  const crossed = rules.thresholds.filter((t) => t.signal === signal && crosses(value, t));
  crossed.sort((a, b) => RANK[a.level] - RANK[b.level]);
  const t = crossed[0];
  if (!t) return null;
  return { signal, level: t.level, value, threshold: t.threshold, comparison: t.comparison, unit: t.unit, actions: t.actions };
}

function ruleAlert(signal: 'serviceDown' | 'version', rules: HealthRuleSet): Alert {
  const rule = rules.rules.find((r) => r.signal === signal);
  if (!rule) throw new Error(`health rule set ${rules.id} has no ${signal} rule`);
  return { signal, level: rule.level, actions: rule.actions };
}

function versionCheck(
  server: string | undefined,
  configuration: string | undefined,
  rules: HealthRuleSet,
  alerts: Alert[],
  notMeasured: HealthSignal[],
  notes: HealthNote[],
): void {
  if (server === undefined) return void notMeasured.push('version');
  if (configuration === undefined) {
    notes.push({ code: 'version-unchecked', params: { version: server } });
    return;
  }
  const a = parseVersion(server);
  const b = parseVersion(configuration);
  if (!a || !b) {
    const bad = !a ? server : configuration;
    notes.push({ code: 'version-unknown', params: { version: bad } });
    return;
  }
  if (compareVersions(a, b) > 0) alerts.push({ ...ruleAlert('version', rules), versions: { server, configuration } });
}
