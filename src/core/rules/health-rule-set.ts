/** The shape of a versioned health rule set: alert thresholds and the actions each alert calls for. */

import type { RuleSource } from './rule-set';

/** What a process server reports that an alert is raised on. */
export type HealthSignal = 'cpu' | 'memory' | 'cacheFree' | 'heartbeat' | 'serviceDown' | 'version';

/** How bad an alert is. */
export type AlertLevel = 'warning' | 'critical';

/**
 * A server's overall state: its worst alert; healthy when something was measured and nothing
 * alerts; not measured when nothing was (no figure at all is not the same as fine).
 */
export type HealthStatus = 'healthy' | 'not-measured' | AlertLevel;

/** A recommended step, as a stable code; the sentences live in the message catalogue (health.*). */
export type HealthAction =
  | 'dont-add-machines'
  | 'check-vm-count-limits'
  | 'add-scale-out-server'
  | 'check-connectivity'
  | 'run-deployment-planner'
  | 'check-services-running'
  | 'check-ps-running'
  | 'check-tmansvc'
  | 'follow-alert-guidance'
  | 'align-versions';

/** How a measured value is compared with a threshold. */
export type Comparison =
  /** value > threshold */
  | 'above'
  /** value < threshold */
  | 'below'
  /** value ≥ threshold */
  | 'at-least';

/** One row of the alert table: a signal crossing a threshold raises an alert of a level. */
export interface HealthThreshold {
  signal: Exclude<HealthSignal, 'serviceDown' | 'version'>;
  level: AlertLevel;
  comparison: Comparison;
  threshold: number;
  unit: '%' | 'min';
  /** The guide's recommended steps, in its order. */
  actions: readonly HealthAction[];
  /** The guide's wording of the error, for citing. */
  guideText: string;
  source: RuleSource;
}

/** A rule that is not a threshold (a service down, a version mismatch). */
interface HealthRule {
  signal: 'serviceDown' | 'version';
  level: AlertLevel;
  actions: readonly HealthAction[];
  guideText: string;
  source: RuleSource;
}

/** A complete health rule set. A later edition of the guide is a new file of this shape. */
export interface HealthRuleSet {
  id: string;
  title: string;
  /** Date this data file was last checked against its sources. */
  reviewed: string;
  /** The window the guide's measurements cover, minutes. */
  windowMinutes: number;
  thresholds: readonly HealthThreshold[];
  rules: readonly HealthRule[];
  /** Signals that grow with the load a server replicates: a warning on one bars new machines. */
  loadSignals: readonly HealthThreshold['signal'][];
  /** Which alert is a server's "worst signal" when several share the top level, first wins. */
  worstOrder: readonly HealthSignal[];
  /** The guide's operating guidance (best practices), for display. */
  guidance: {
    keepCpuMemoryBelowPercent: number;
    keepCacheFreeAtLeastPercent: number;
    throttledBelowCacheFreePercent: number;
    dataPort: number;
    azurePort: number;
    source: RuleSource;
  };
  /** Services the guide lists as required, per kind of process server. */
  requiredServices: { configuration: readonly string[]; scaleOut: readonly string[] };
}
