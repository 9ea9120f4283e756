import type { Formatters } from '../format';
import { countOf } from './figures';

/*
 * The migration plan (docs/rules.md#migration-from-classic): its remarks, prerequisites and the
 * Migration view. The core gives codes and figures; these are the sentences, in English.
 */

type Status = 'met' | 'not-met' | 'unknown';
const machinesOf = (f: Formatters, n: number) => countOf(f, n, 'machine', 'machines');
const some = (f: Formatters, names: readonly string[], max = 10) =>
  names.length <= max ? f.list([...names]) : `${f.list(names.slice(0, max))} and ${f.num(names.length - max)} more`;

/** Migration, English. */
export const migrateEn = {
  'migrate.prereq.server-versions': (
    p: { status: Status; minimum: string; names: string[]; checked: number; missingCount: number },
    f: Formatters,
  ) =>
    p.status === 'met'
      ? `The configuration server and process servers are at ${p.minimum} or later (${countOf(f, p.checked, 'server', 'servers')} checked in the server file).`
      : p.status === 'not-met'
        ? `Upgrade to ${p.minimum} or later before the move: ${some(f, p.names)} ${p.names.length === 1 ? 'is' : 'are'} older.`
        : p.checked + p.missingCount === 0
          ? `Check that the configuration server and every process server are at ${p.minimum} or later (no server file gives their versions).`
          : `Check the version of ${some(f, p.names)}: the server file gives none that reads as a version; ${p.minimum} or later is needed.`,
  'migrate.prereq.agent-versions': (
    p: { status: Status; minimum: string; names: string[]; checked: number; missingCount: number; hasColumn: boolean },
    f: Formatters,
  ) =>
    p.status === 'met'
      ? `Every replicating machine's mobility agent is at ${p.minimum} or later (${machinesOf(f, p.checked)} checked).`
      : p.status === 'not-met'
        ? `Upgrade the mobility agent to ${p.minimum} or later on ${some(f, p.names)}.`
        : p.hasColumn
          ? `Check the mobility agent of ${machinesOf(f, p.missingCount)}: the agentVersion column gives no version for them; ${p.minimum} or later is needed.`
          : `Check that the mobility agents are at ${p.minimum} or later (the inventory has no agentVersion column).`,
  'migrate.prereq.new-vault': (p: { vaults: number }, f: Formatters) =>
    `Create ${p.vaults === 1 ? 'a new Recovery Services vault' : `${f.num(p.vaults)} new Recovery Services vaults`} in the same region and tenant as the classic one, used for replication appliances only.`,
  'migrate.prereq.managed-disks': 'Check that the machines replicate to managed disks.',
  'migrate.prereq.initial-replication': 'Check that every machine has finished its initial replication.',
  'migrate.prereq.not-failed-over': 'Check that no machine is failed over (or in the middle of a failover).',
  'migrate.prereq.recovery-plans': 'Recovery plans are not migrated: note them now and recreate them in the new vault afterwards.',
  'migrate.prereq.same-endpoint':
    'Keep the same kind of endpoint: a change from a public to a private endpoint is not supported during the move.',

  'migrate.warning.dedicated-appliance': (p: { appliance: string; site: string; machines: number; churnGBPerDay: number }, f: Formatters) =>
    `${p.appliance} (${p.site || 'no site'}) holds one item of ${machinesOf(f, p.machines)} and ${f.gbPerDay(p.churnGBPerDay)}: too big to share an appliance at this headroom, so headroom is not kept on it.`,
  'migrate.warning.unplaced': (p: { machines: number }, f: Formatters) =>
    `${machinesOf(f, p.machines)} cannot be replicated by any one appliance (listed under unplaced): they get no appliance and no batch.`,
  'migrate.warning.peak-churn': (p: { machine: string; peakMBps: number; limitMBps: number }, f: Formatters) =>
    `${p.machine}: peak churn ${f.mbps(p.peakMBps)} is above the ${f.mbps(p.limitMBps)} a machine may have.`,
  'migrate.warning.source-server-split': (p: { server: string; site: string; applianceIds: string[]; fits: boolean }, f: Formatters) =>
    `${p.server}'s machines go to ${f.list(p.applianceIds)}: ${p.fits ? 'they would fit one appliance, but keeping them together would cost an appliance more in this site' : 'more than one appliance takes at this headroom'}.`,
  'migrate.warning.group-across-servers': (p: { group: string; site: string; names: string[] }, f: Formatters) =>
    `Group ${p.group} replicates through several classic servers today (${f.list(p.names)}); it moves as one all the same.`,
  'migrate.warning.above-lower-bound': (p: { site: string; appliances: number; lowerBound: number }, f: Formatters) =>
    `${p.site || 'The inventory'} needs ${countOf(f, p.appliances, 'appliance', 'appliances')}, above its lower bound of ${f.num(p.lowerBound)}: groups or large machines do not pack tighter.`,
  'migrate.warning.no-replicating-machines':
    'No machine names a classic process server: nothing replicates today, so there is nothing to migrate (every machine is new protection).',
  'migrate.warning.unknown-server': (p: { server: string; machines: number }, f: Formatters) =>
    `${p.server} (named by ${machinesOf(f, p.machines)}) is not in the server file: its health and version are not known.`,
  'migrate.batch.group-over-batch': (p: { group: string; machines: number; limit: number }, f: Formatters) =>
    `Group ${p.group} has ${machinesOf(f, p.machines)}, more than the ${f.num(p.limit)} the portal migrates in one operation: it is one batch of its own; migrate it in steps of ${f.num(p.limit)} one right after another.`,
  'migrate.batch.disk-size-unknown': (p: { machines: number }, f: Formatters) =>
    `The largest disk of ${machinesOf(f, p.machines)} is not known (no provisionedGB or usedGB column): the time if not healthy is unknown.`,
  'migrate.thumb.same': (p: { appliances: number; classic: number }, f: Formatters) =>
    `${countOf(f, p.appliances, 'appliance', 'appliances')}: as many as the rule of thumb (one per classic process server).`,
  'migrate.thumb.fits-fewer': (p: { appliances: number; classic: number }, f: Formatters) =>
    `${countOf(f, p.appliances, 'appliance', 'appliances')} instead of ${f.num(p.classic)}: the classic servers are lightly loaded enough to share appliances.`,
  'migrate.thumb.server-over-appliance': (p: { appliances: number; classic: number }, f: Formatters) =>
    `${countOf(f, p.appliances, 'appliance', 'appliances')} instead of ${f.num(p.classic)}: a classic server holds more than one appliance takes at this headroom.`,
  'migrate.thumb.dedicated': (p: { appliances: number; classic: number }, f: Formatters) =>
    `${countOf(f, p.appliances, 'appliance', 'appliances')} instead of ${f.num(p.classic)}: items too big to share an appliance at this headroom need their own.`,
  'migrate.thumb.new-protection': (p: { appliances: number; classic: number }, f: Formatters) =>
    `${countOf(f, p.appliances, 'appliance', 'appliances')} instead of ${f.num(p.classic)}: the machines not replicating yet add load.`,
  'migrate.thumb.load-needs-more': (p: { appliances: number; classic: number }, f: Formatters) =>
    `${countOf(f, p.appliances, 'appliance', 'appliances')} instead of ${f.num(p.classic)}: the site's load needs more at this headroom.`,
  'migrate.unplaced.churn-over-limit': (p: { limit: number }, f: Formatters) => `churn over the ${f.gbPerDay(p.limit)} one appliance takes`,
  'migrate.unplaced.machines-over-limit': (p: { limit: number }, f: Formatters) =>
    `a group of more than the ${machinesOf(f, p.limit)} one appliance takes`,
  'migrate.hours': (p: { hours: number }, f: Formatters) => {
    const minutes = Math.round(p.hours * 60);
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? `${f.num(h)} h` : h === 0 ? `${f.num(m)} min` : `${f.num(h)} h ${f.num(m)} min`;
  },
  'migrate.hoursRange': (p: { low: number; high: number }, f: Formatters) => `${f.num(p.low)}–${f.num(p.high)} h`,
  'nav.migrate': 'Migration',
  'migrate.working': 'Working out the migration plan…',
  'migrate.print.title': 'Migration runbook: classic to replication appliances',
  'migrate.print.rules': (p: { from: string; to: string }) => `From rule set ${p.from} to ${p.to}.`,
  'migrate.summary.heading': 'Migration plan',
  'migrate.summary.appliances': 'Replication appliances',
  'migrate.summary.appliancesSub': (p: { lowerBound: number; vaults: number }, f: Formatters) =>
    `lower bound ${f.num(p.lowerBound)} · ${countOf(f, p.vaults, 'new vault', 'new vaults')}`,
  'migrate.summary.thumb': 'Rule of thumb',
  'migrate.summary.thumbSub': 'one appliance per classic process server',
  'migrate.summary.batches': 'Batches',
  'migrate.summary.batchesSub': (p: { machines: number; unassigned: number }, f: Formatters) =>
    `${machinesOf(f, p.machines)} to migrate · ${f.num(p.unassigned)} new protection`,
  'migrate.summary.hours': 'One batch after another, if healthy',
  'migrate.summary.otherwise': (p: { text: string }) => `${p.text} otherwise`,
  'migrate.summary.otherwiseUnknown': 'otherwise unknown: some disk sizes are missing',
  'migrate.noSite': 'No site',
  'migrate.mapping.heading': 'From classic servers to appliances',
  'migrate.mapping.intro':
    'Each classic process server and the appliances its machines move to; a server on more than one appliance is highlighted.',
  'migrate.mapping.server': 'Classic server',
  'migrate.mapping.to': 'To appliances',
  'migrate.mapping.share': (p: { appliance: string; machines: number }, f: Formatters) => `${p.appliance} (${f.num(p.machines)})`,
  'migrate.col.site': 'Site',
  'migrate.col.machines': 'Machines',
  'migrate.col.done': 'Done',
  'migrate.col.batch': 'Batch',
  'migrate.col.appliance': 'Appliance',
  'migrate.col.from': 'From',
  'migrate.col.ifHealthy': 'If healthy',
  'migrate.col.otherwise': 'Otherwise',
  'migrate.tick': (p: { text: string }) => `${p.text} done`,
  'migrate.runbook.heading': 'Runbook',
  'migrate.runbook.prerequisites': 'Check the prerequisites',
  'migrate.runbook.vault': 'Create the new vault',
  'migrate.runbook.appliances': 'Deploy and register the appliances, one at a time',
  'migrate.runbook.appliancesNote':
    'Register each appliance only after the one before it has finished registering: parallel registration is not supported. Open ports 443 and 9443 into each appliance.',
  'migrate.runbook.appliance': (
    p: { site: string; tier: string; vcpu: number; memoryGB: number; cacheGB: number; machines: number; churnGBPerDay: number },
    f: Formatters,
  ) =>
    `${p.site ? `in ${p.site}: ` : ''}${p.tier}, ${f.num(p.vcpu)} vCPU, ${f.gb(p.memoryGB)} RAM, ${f.gb(p.cacheGB)} cache; ${machinesOf(f, p.machines)}, ${f.gbPerDay(p.churnGBPerDay)}`,
  'migrate.runbook.batches': 'Migrate the machines, batch by batch',
  'migrate.runbook.batchesNote':
    'Each batch is one portal operation (at most 10 machines, all for one appliance; a replication group never split).',
  'migrate.runbook.timesNote':
    'A healthy machine with a recovery point under 50 minutes old takes 1–2 hours; otherwise 1 hour + 45 seconds per GiB of its largest disk. A batch takes as long as its slowest machine; the time that applies, where known, is in bold.',
  'migrate.runbook.plans': 'Recreate the recovery plans',
  'migrate.status.met': 'met',
  'migrate.status.not-met': 'not met',
  'migrate.status.unknown': 'to check',
  'migrate.unknown': 'unknown',
  'migrate.batch.groups': (p: { names: string[] }, f: Formatters) => `Groups: ${f.list(p.names)}`,
  'migrate.notes.heading': 'Notes and warnings',
  'migrate.notes.diskUnknown': (p: { n: number }, f: Formatters) =>
    `${countOf(f, p.n, 'batch has', 'batches have')} a machine whose largest disk is not known (no provisionedGB or usedGB column): the time if not healthy is unknown.`,
  'migrate.new.heading': (p: { n: number }, f: Formatters) => `New protection (${f.num(p.n)})`,
  'migrate.new.intro':
    'These machines do not replicate today (no classic server): they are protected new on their appliance, with no migration batch.',
  'migrate.unplaced.heading': 'No appliance can take these',
  'migrate.actions.heading': 'Runbook and downloads',
  'migrate.actions.print': 'Print runbook',
  'migrate.actions.json': 'Download migration (JSON)',
  'migrate.actions.csv': 'Download batches (CSV)',
  'migrate.actions.workbook': 'Download batches workbook (Excel)',
};
