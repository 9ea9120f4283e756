import type { Formatters } from '../format';
import { countOf } from './figures';
import { deploymentNoticeEn, healthNoteEn } from './deployment-notice.en';
import { serverRejectEn } from './server-reject.en';
import { runningIssueEn } from './running-issue.en';

/*
 * The running-deployment view: health, moves and the printed change list. The families said from
 * codes and figures (notices, notes, rejected server rows, issues) are spread in from their files.
 */

type Spec = { vcpu?: number; memoryGB?: number; cacheGB?: number };
const specParts = (p: Spec, f: Formatters) =>
  [
    p.vcpu !== undefined ? `${f.num(p.vcpu)} vCPU` : '',
    p.memoryGB !== undefined ? `${f.gb(p.memoryGB)} RAM` : '',
    p.cacheGB !== undefined ? `${f.gb(p.cacheGB)} cache` : '',
  ].filter(Boolean);

/** Running deployment, English. */
export const runningEn = {
  ...deploymentNoticeEn,
  ...healthNoteEn,
  ...serverRejectEn,
  ...runningIssueEn,
  'running.working': 'Working out the health and the moves…',

  'running.servers.heading': 'Process servers',
  'running.servers.intro':
    'Optional: a CSV with one row per process server — role, site, hardware, and the health figures the portal shows (CPU, memory, cache free space, heartbeat, services, version).',
  'running.servers.choose': 'Choose server file',
  'running.servers.fileLabel': 'Process server CSV',
  'running.servers.sample': 'Load sample server file',
  'running.servers.remove': 'Remove server file',
  'running.servers.none': 'No server file: health is not measured and each server’s tier is assumed from its load.',
  'running.servers.loaded': (p: { name: string; accepted: number; rejected: number; rows: number }, f: Formatters) =>
    `${p.name}: ${countOf(f, p.accepted, 'server', 'servers')} accepted, ${countOf(f, p.rejected, 'row', 'rows')} rejected, of ${countOf(f, p.rows, 'data row', 'data rows')}.`,
  'running.servers.refused': (p: { name: string }) => `${p.name} was not used (see the message in the results).`,
  'running.settings.note': 'Limits are the tier’s, scaled by headroom; load is daily churn × multiplier × (1 + growth).',

  'running.actions.heading': 'Change list',
  'running.actions.print': 'Print change list',
  'running.actions.moves': 'Download moves (CSV)',
  'running.actions.json': 'Download rebalance (JSON)',
  'running.actions.workbook': 'Download moves workbook (Excel)',

  'running.empty.heading': 'Check a running deployment',
  'running.empty.body':
    'For teams already replicating with Site Recovery: which process servers are in trouble, what the troubleshooting guide says to do, and which machines to move where.',
  'running.empty.need1':
    'An inventory CSV with a processServer column (or “process server”, “프로세스 서버”): the server that replicates each machine today. Load it in the Inventory panel.',
  'running.empty.need2':
    'Optionally, a process server CSV: one row per server with its role, site, hardware and health figures. Without it, health is not measured.',
  'running.empty.need3':
    'Read each server’s health and the moves, then print the change list and work through the portal’s Load balance screen.',
  'running.empty.sample': 'Load the sample running deployment',
  'running.empty.sampleNote':
    '576 machines over a configuration server and four scale-out process servers in Seoul and Busan, with their server file.',
  'running.failed.heading': 'No rebalance for this input',

  'running.summary.heading': 'Summary',
  'running.summary.moved': 'Machines to move',
  'running.summary.movedSub': (p: { fromServers: number; unassigned: number }, f: Formatters) =>
    `${f.num(p.fromServers)} off servers · ${f.num(p.unassigned)} unassigned placed`,
  'running.summary.churn': 'Churn moved',
  'running.summary.churnSub': (p: { machines: number }, f: Formatters) =>
    `of ${countOf(f, p.machines, 'machine', 'machines')} in the inventory`,
  'running.summary.newServers': 'New scale-out servers',
  'running.summary.unresolved': (p: { n: number }, f: Formatters) => `${f.num(p.n)} unresolved`,
  'running.summary.servers': 'Process servers',
  'running.summary.healthy': (p: { n: number }, f: Formatters) => `${f.num(p.n)} healthy`,
  'running.summary.warning': (p: { n: number }, f: Formatters) => `${f.num(p.n)} warning`,
  'running.summary.critical': (p: { n: number }, f: Formatters) => `${f.num(p.n)} critical`,
  'running.summary.notMeasured': (p: { n: number }, f: Formatters) => `${f.num(p.n)} not measured`,
  'running.summary.settings': (p: { multiplier: string; growth: string; headroom: string }) =>
    `Churn multiplier ${p.multiplier}×, growth ${p.growth}, headroom ${p.headroom}.`,
  'running.summary.nothing': 'No machine needs to move: every server is within its limits at this headroom.',

  'running.table.heading': 'Process servers: health and load',
  'running.table.server': 'Server',
  'running.table.health': 'Health',
  'running.table.tier': 'Tier',
  'running.table.machines': 'Machines',
  'running.table.churn': 'Churn GB/day',
  'running.table.rebalance': 'Rebalance',
  'running.table.limit': (p: { limit: string }) => `limit ${p.limit}`,
  'running.table.notMeasured': (p: { signals: string }) => `not measured: ${p.signals}`,
  'running.table.allClear': 'no alert',
  'running.table.assumptions': (p: { n: number }, f: Formatters) => `Assumptions and notes (${f.num(p.n)})`,
  'running.table.notInFile': 'not in the server file',
  'running.table.roleAssumed': (p: { roleName: string }) => `${p.roleName}, assumed`,
  'running.table.nothingMeasured': 'nothing measured',
  'running.bar.now': 'now',
  'running.bar.after': 'after',
  'running.tier.matched': 'matches its hardware',
  'running.tier.assumed': 'assumed from its load',
  'running.tier.shortBy': (p: Spec, f: Formatters) => `short by ${specParts(p, f).join(', ')}`,
  'running.spec': (p: Spec, f: Formatters) => specParts(p, f).join(' · '),
  'running.tierLabel.assumed': (p: { tier: string }) => `${p.tier}, assumed`,
  'running.tierLabel.nearest': (p: { tier: string }) => `${p.tier}, the nearest tier`,

  'running.role.overMachines': 'over its machine limit',
  'running.role.overChurn': 'over its churn limit',
  'running.role.overBoth': 'over its machine and churn limits',
  'running.role.critical': (p: { signal: string }) => `critical on ${p.signal}: sheds load`,
  'running.role.receives': 'may take machines',
  'running.role.blocked.critical': 'takes none: critical',
  'running.role.blocked.load-warning': 'takes none: warning on CPU, memory or cache',
  'running.role.blocked.matches-no-tier': 'takes none: below every tier',
  'running.role.blocked.sheds-load': 'takes none: sheds load',
  'running.role.gives': (p: { n: number }, f: Formatters) => `gives ${f.num(p.n)}`,
  'running.role.takes': (p: { n: number }, f: Formatters) => `takes ${f.num(p.n)}`,

  'running.todo.heading': 'What to do, server by server',
  'running.todo.source': (p: { date: string }) =>
    `Recommended actions from Troubleshoot the process server (${p.date}), in order; figures are over the last 15 minutes.`,
  'running.todo.none': 'No alert: every measured signal is within the guide’s thresholds.',

  'running.chart.heading': 'Load now, after the moves, and the limit',
  'running.chart.machines': 'Machines per server',
  'running.chart.churn': 'Churn per server (GB/day)',
  'running.chart.now': 'now',
  'running.chart.after': 'after the moves',
  'running.chart.limit': 'limit at this headroom',

  'running.moves.heading': 'Moves',
  'running.moves.machine': 'Machine',
  'running.moves.from': 'From',
  'running.moves.to': 'To',
  'running.moves.reason': 'Why',
  'running.moves.unassigned': '(unassigned)',
  'running.moves.none': 'Nothing to move.',
  'running.moves.newServer': 'new',

  'running.new.heading': 'New scale-out process servers',
  'running.new.intro':
    'No existing server of the site can take these machines: install and register these servers before moving machines to them.',
  'running.new.spec': 'Spec',
  'running.new.dedicated': 'dedicated',

  'running.unresolved.heading': 'Unresolved',
  'running.notes.heading': 'Notes on the deployment',
  'running.rejected.heading': 'Rejected server rows',
  'running.serverNotes.heading': 'Notes on reading the server file',

  'running.print.title': 'Process server change list',
  'running.print.prepared': (p: { date: string; inventory: string; servers: string }) =>
    `Prepared ${p.date} from ${p.inventory}${p.servers ? ` and ${p.servers}` : ''}`,
  'running.print.rules': (p: { ruleSet: string; health: string }) => `Rule sets ${p.ruleSet} (sizing) and ${p.health} (health).`,
  'running.change.heading': 'Change list',
  'running.change.step1':
    'In the Recovery Services vault: Manage > Site Recovery Infrastructure > For VMware & Physical machines > Configuration Servers; select the configuration server.',
  'running.change.step2': 'Select the source process server named in a table below and choose Load balance.',
  'running.change.step3':
    'Select the target process server of one group below, then Select machines, tick the machines of that group, and OK.',
  'running.change.step4':
    'Repeat for each group and tick its boxes here. Follow the jobs under Monitoring > Site Recovery jobs; changes show after about 15 minutes, or refresh the configuration server.',
  'running.change.from': (p: { server: string; site: string; machines: number; churn: number }, f: Formatters) =>
    `From ${p.server} (${p.site}): ${countOf(f, p.machines, 'machine', 'machines')}, ${f.gbPerDay(p.churn)}`,
  'running.change.group': (p: { server: string; machines: number; churn: number }, f: Formatters) =>
    `Load balance → target ${p.server}: ${countOf(f, p.machines, 'machine', 'machines')}, ${f.gbPerDay(p.churn)}`,
  'running.change.unassignedGroup': (p: { server: string; machines: number; churn: number }, f: Formatters) =>
    `${p.server}: ${countOf(f, p.machines, 'machine', 'machines')}, ${f.gbPerDay(p.churn)}`,
  'running.change.installFirst': (p: { server: string }) => `${p.server} is a new server: install and register it first.`,
  'running.change.switch': (p: { from: string; to: string }) =>
    `Every machine of ${p.from} goes to ${p.to}: Switch moves them in one step.`,
  'running.change.done': 'Done',
  'running.change.group.col': 'Group',
  'running.change.unassigned': (p: { site: string }) =>
    `Not replicated yet (${p.site}): choose this process server when you enable replication`,
  'running.change.target': 'Process server',
  'running.change.none': 'No machine needs to move.',
};
