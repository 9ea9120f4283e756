import type { AssumptionCode, NoticeCode } from '../../../src/core/deployment';
import type { HealthNote } from '../../../src/core/health/assess';
import {
  CHURN_SOURCES,
  type RejectCode,
  type ScaleOutDriver,
  type SkipReason,
  type UnplacedReason,
  type WarningCode,
} from '../../../src/core/model';
import type { ReceiveBlock } from '../../../src/core/rebalance';
import type { HealthAction, HealthSignal, HealthStatus } from '../../../src/core/rules/health-rule-set';
import type { DeployStep, ServerRole } from '../../../src/core/rules/rule-set';
import type { RejectedServerRow } from '../../../src/io/servers';
import type { CliFile } from '../../../src/i18n/cli-file';
import type { CliOption } from '../../../src/i18n/cli-option';
import type { RunningIssue } from '../../../src/i18n/running-issue';

/*
 * Message keys built at run time from a code the domain produces (`issue.${code}`): they appear in
 * no source as a literal, so the catalogue test checks them against these lists instead.
 *
 * Where the domain types its codes as a union, the list is a `Record<Code, true>`: the typecheck
 * (tsconfig.json includes test/) fails when a code is added to the union and not here, or listed
 * here and not in the union. Issue codes are plain strings in the domain (`Issue.code`), so those
 * two families are checked against the string literals of the source instead (see `scanned`).
 */

const members = <T extends string>(r: Record<T, true>) => Object.keys(r) as T[];

/** A family of keys: the prefix, the codes, and the source text that builds the key at run time. */
export interface Family {
  prefix: string;
  /** The codes the domain can produce, or 'scanned' for string-typed codes. */
  codes: readonly string[] | 'scanned';
  /** Where the key is built (a fragment of src/ that must exist), so a family nobody builds any more is noticed. */
  builtBy: string;
}

const driverKinds = members<ScaleOutDriver['kind']>({
  'built-in-only': true,
  unplaced: true,
  machines: true,
  capacity: true,
  churn: true,
  'other-site': true,
  'built-in-off': true,
  headroom: true,
  groups: true,
  dedicated: true,
  packing: true,
});
const rejectCodes = members<RejectCode>({
  'name-empty': true,
  'churn-missing': true,
  'churn-not-number': true,
  'churn-negative': true,
  'churn-not-finite': true,
  'duplicate-name': true,
  'bad-number': true,
  'row-shape': true,
  'name-too-long': true,
  'unclosed-quote': true,
  'churn-unit-ambiguous': true,
  'churn-too-large': true,
  'name-control-chars': true,
  template: true,
});
const skipReasons = members<SkipReason>({ 'summary-row': true, 'title-line': true, 'disk-row': true });
const warningCodes = members<WarningCode>({
  'dedicated-server': true,
  'peak-churn-over-limit': true,
  unplaced: true,
  'config-site-empty': true,
  'above-lower-bound': true,
  'near-limit': true,
  'configuration-server-capacity': true,
});
const unplacedCodes = members<UnplacedReason>({ 'churn-over-limit': true, 'machines-over-limit': true });
const actions = members<HealthAction>({
  'dont-add-machines': true,
  'check-vm-count-limits': true,
  'add-scale-out-server': true,
  'check-connectivity': true,
  'run-deployment-planner': true,
  'check-services-running': true,
  'check-ps-running': true,
  'check-tmansvc': true,
  'follow-alert-guidance': true,
  'align-versions': true,
});
const signals = members<HealthSignal>({ cpu: true, memory: true, cacheFree: true, heartbeat: true, serviceDown: true, version: true });
const statuses = members<HealthStatus>({ healthy: true, 'not-measured': true, warning: true, critical: true });
const blocks = members<ReceiveBlock>({ critical: true, 'load-warning': true, 'matches-no-tier': true, 'sheds-load': true });
const assumptions = members<AssumptionCode>({
  'not-in-server-file': true,
  'no-server-file': true,
  'role-not-given': true,
  'spec-incomplete': true,
  'tier-from-load': true,
  'tier-over-largest': true,
  'nearest-tier-limits': true,
  'site-from-machines': true,
  'site-unknown': true,
  'sites-ignored': true,
});
const notices = members<NoticeCode>({
  'no-server-file': true,
  'site-mismatch': true,
  'group-split': true,
  'no-configuration-version': true,
  'several-configuration-servers': true,
  'critical-without-load': true,
});
const notes = members<HealthNote['code']>({ 'version-unknown': true, 'version-unchecked': true });
const serverRejects = members<RejectedServerRow['code']>({
  'name-empty': true,
  'duplicate-name': true,
  'bad-number': true,
  'out-of-range': true,
  'bad-role': true,
  'row-shape': true,
  'name-control-chars': true,
});

const cliOptions = members<CliOption['code']>({
  'takes-no-value': true,
  unknown: true,
  'needs-value': true,
  'no-file': true,
  'file-count': true,
  'number-range': true,
  'churn-rate': true,
  'ir-goal-hours': true,
  'link-mbps': true,
  'goal-without-link': true,
  'link-site': true,
  strategy: true,
  'rule-set': true,
  column: true,
  delimiter: true,
  'decimal-mark': true,
  'plan-only': true,
  'rule-set-unused': true,
  'sheet-on-text': true,
  'config-site': true,
  settings: true,
});

const cliFiles = members<CliFile['code']>({
  directory: true,
  'not-found': true,
  'permission-denied': true,
  unreadable: true,
  'no-valid-row': true,
});

const roles = members<ServerRole>({ configuration: true, 'scale-out': true, appliance: true });
// The deployment steps without figures of their own; the others are called by name.
const plainSteps = members<Extract<DeployStep['code'], 'static-ip' | 'static-fqdn' | 'dedicated-machine' | 'version-not-newer'>>({
  'static-ip': true,
  'static-fqdn': true,
  'dedicated-machine': true,
  'version-not-newer': true,
});

const runningIssues = members<RunningIssue['code']>({
  'no-process-server': true,
  'no-valid-server-row': true,
  'no-inventory': true,
  'not-csv': true,
  empty: true,
  'no-name-column': true,
  'ragged-rows': true,
  'duplicate-header': true,
});

/** Every dynamic family of message keys. */
export const FAMILIES: Family[] = [
  { prefix: 'why.', codes: driverKinds, builtBy: '`why.${d.kind}`' },
  { prefix: 'issue.', codes: 'scanned', builtBy: '`issue.${issue.code}`' },
  { prefix: 'reject.', codes: rejectCodes, builtBy: '`reject.${r.code}`' },
  { prefix: 'skip.', codes: skipReasons, builtBy: '`skip.${row.reason}`' },
  { prefix: 'churnSource.', codes: CHURN_SOURCES, builtBy: '`churnSource.${' },
  { prefix: 'warning.', codes: warningCodes, builtBy: '`warning.${w.code}`' },
  { prefix: 'unplaced.', codes: unplacedCodes, builtBy: '`unplaced.${u.code}`' },
  { prefix: 'warning-doc.', codes: warningCodes, builtBy: '`warning-doc.${w.code}`' },
  { prefix: 'unplaced-doc.', codes: unplacedCodes, builtBy: '`unplaced-doc.${u.code}`' },
  { prefix: 'health.action.', codes: actions, builtBy: '`health.action.${code}`' },
  { prefix: 'health.signal.', codes: signals, builtBy: '`health.signal.${' },
  { prefix: 'health.status.', codes: statuses, builtBy: '`health.status.${' },
  { prefix: 'running.role.blocked.', codes: blocks, builtBy: '`running.role.blocked.${b()}`' },
  { prefix: 'running.assumption.', codes: assumptions, builtBy: '`running.assumption.${a.code}`' },
  { prefix: 'running.notice.', codes: notices, builtBy: '`running.notice.${n.code}`' },
  { prefix: 'running.note.', codes: notes, builtBy: '`running.note.${n.code}`' },
  { prefix: 'running.reject.', codes: serverRejects, builtBy: '`running.reject.${r.code}`' },
  { prefix: 'running.issue.', codes: runningIssues, builtBy: '`running.issue.${i.code' },
  { prefix: 'cli.option.', codes: cliOptions, builtBy: '`cli.option.${e.code}`' },
  { prefix: 'cli.file.', codes: cliFiles, builtBy: '`cli.file.${e.code}`' },
  { prefix: 'role.', codes: roles, builtBy: '`role.${s().role}`' },
  { prefix: 'deploy.', codes: plainSteps, builtBy: '`deploy.${step.code}`' },
];
