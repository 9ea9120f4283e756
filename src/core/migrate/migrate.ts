import type { ServerObservation } from '../deployment';
import { assessHealth } from '../health';
import type { Machine, Plan } from '../model';
import { asrClassicHealth } from '../rules';
import type { HealthStatus } from '../rules';
import { ruleSetById } from '../rules';
import { sizeAppliances, sourceKey } from './appliances';
import { hostKey } from '../host-name';
import { makeBatches } from './batches';
import { MIGRATION_RULES } from './migration-rules';
import { prerequisites } from './prerequisites';
import { migrationSites } from './sites';
import { timeBasis } from './timing';
import type { Migration, MigrationAppliance, MigrationInput, MigrationWarning, NewProtection } from './types';

/**
 * Plans the move of a running classic deployment to replication appliances
 * (docs/rules.md#migration-from-classic): the appliances per site, which machines each takes, the
 * batches and their times, and the prerequisites. Pure and deterministic.
 */
export function migrate(input: MigrationInput): Migration {
  const { settings } = input;
  const machines = canonicalServers(input.machines, input.servers);
  const { plan: p, fitting } = sizeAppliances(machines, settings);
  const index = new Map<string, number>();
  machines.forEach((m, i) => index.set(m.name, i));
  const health = serverHealth(input.servers);
  const rp = input.recoveryPointMinutes;
  const basis = (i: number) => timeBasis(health.get(machines[i]!.processServer!), rp?.[i]);
  const appliances = p.servers.map((s) => appliance(s, machines, index));
  const batches = makeBatches(p.servers, { machines, index, basis });
  const newProtection: NewProtection[] = [];
  for (const a of appliances)
    for (const name of a.machines)
      if (machines[index.get(name)!]!.processServer === undefined) newProtection.push({ machine: name, site: a.site, appliance: a.id });
  const vaults = Math.ceil(appliances.length / (ruleSetById(MIGRATION_RULES.to).serversPerVault?.value ?? Infinity));
  const sites = migrationSites(p, machines, fitting);
  const split = splitServers(appliances);
  const hoursOtherwise = batches.some((b) => b.hoursOtherwise === null) ? null : round(batches.reduce((s, b) => s + b.hoursOtherwise!, 0));
  return {
    from: MIGRATION_RULES.from,
    to: MIGRATION_RULES.to,
    settings: { multiplier: settings.multiplier, growthPercent: settings.growthPercent, headroomPercent: settings.headroomPercent },
    summary: {
      machines: machines.length,
      appliances: appliances.length,
      lowerBound: p.sites.reduce((s, x) => s + x.lowerBound, 0),
      ruleOfThumbAppliances: sites.reduce((s, x) => s + x.classicServers, 0),
      vaults,
      batches: batches.length,
      machinesToMigrate: batches.reduce((s, b) => s + b.machines.length, 0),
      newProtection: newProtection.length,
      splitSourceServers: split.length,
      unplacedMachines: p.unplaced.length,
      hoursIfHealthy: [batches.length * MIGRATION_RULES.healthyHours[0], batches.length * MIGRATION_RULES.healthyHours[1]],
      hoursOtherwise,
    },
    sites,
    appliances,
    batches,
    newProtection,
    prerequisites: prerequisites(machines, input.servers, input.agentVersions, vaults),
    unplaced: p.unplaced.map((u) => ({
      machine: u.machine,
      site: u.site,
      group: u.group,
      churnGBPerDay: u.churnGBPerDay,
      code: u.code,
      limit: u.params.limit,
    })),
    warnings: warningsOf(p, machines, input.servers, split, sites, fitting),
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

// Each server's health status by name (the classic health rules), from the server file.
function serverHealth(servers: readonly ServerObservation[] | null): Map<string, HealthStatus> {
  const out = new Map<string, HealthStatus>();
  const configuration = servers?.find((s) => s.role === 'configuration')?.version;
  for (const s of servers ?? [])
    out.set(
      s.name,
      assessHealth({ role: s.role ?? 'scale-out', observation: s, configurationVersion: configuration }, asrClassicHealth).status,
    );
  return out;
}

function appliance(s: Plan['servers'][number], machines: readonly Machine[], index: ReadonlyMap<string, number>): MigrationAppliance {
  const counts = new Map<string, number>();
  for (const name of s.machines) {
    const ps = machines[index.get(name)!]!.processServer;
    if (ps !== undefined) counts.set(ps, (counts.get(ps) ?? 0) + 1);
  }
  const fromServers = [...counts].map(([server, machineCount]) => ({ server, machineCount }));
  fromServers.sort((a, b) => b.machineCount - a.machineCount || (a.server < b.server ? -1 : a.server > b.server ? 1 : 0));
  const { id, site, tier, vcpu, memoryGB, cacheGB, machineCount, churnGBPerDay, dedicated } = s;
  return { id, site, tier, vcpu, memoryGB, cacheGB, machineCount, churnGBPerDay, dedicated, machines: s.machines, fromServers };
}

/** The classic servers (per site) whose machines land on more than one appliance, with those appliances. */
function splitServers(appliances: readonly MigrationAppliance[]): { server: string; site: string; appliances: string[] }[] {
  const on = new Map<string, { server: string; site: string; appliances: string[] }>();
  for (const a of appliances)
    for (const f of a.fromServers) {
      const key = sourceKey(a.site, f.server);
      const e = on.get(key) ?? { server: f.server, site: a.site, appliances: [] };
      e.appliances.push(a.id);
      on.set(key, e);
    }
  return [...on.values()].filter((e) => e.appliances.length > 1);
}

function warningsOf(
  p: Plan,
  machines: readonly Machine[],
  servers: readonly ServerObservation[] | null,
  split: ReturnType<typeof splitServers>,
  sites: Migration['sites'],
  fitsOne: ReadonlySet<string>,
): MigrationWarning[] {
  const out: MigrationWarning[] = [];
  if (!machines.some((m) => m.processServer !== undefined)) out.push({ code: 'no-replicating-machines', params: {} });
  for (const s of p.servers)
    if (s.dedicated)
      out.push({
        code: 'dedicated-appliance',
        params: { appliance: s.id, site: s.site, machines: s.machineCount, churnGBPerDay: s.churnGBPerDay },
      });
  if (p.unplaced.length > 0) out.push({ code: 'unplaced', params: { machines: p.unplaced.length } });
  const limit = ruleSetById(MIGRATION_RULES.to).peakChurnLimitMBps.value;
  for (const m of machines)
    if (m.peakChurnMBps !== undefined && m.peakChurnMBps > limit)
      out.push({ code: 'peak-churn', params: { machine: m.name, peakMBps: m.peakChurnMBps, limit } });
  for (const s of sites)
    if (s.appliances > s.lowerBound)
      out.push({ code: 'above-lower-bound', params: { site: s.site, appliances: s.appliances, lowerBound: s.lowerBound } });
  for (const e of split) out.push({ code: 'source-server-split', params: { ...e, fits: fitsOne.has(sourceKey(e.site, e.server)) } });
  out.push(...groupsAcrossServers(machines));
  if (servers !== null) out.push(...unknownServers(machines, servers));
  return out;
}

// Replication groups whose machines use several classic servers today (they move together all the same).
function groupsAcrossServers(machines: readonly Machine[]): MigrationWarning[] {
  const by = new Map<string, { group: string; site: string; servers: Set<string> }>();
  for (const m of machines) {
    if (m.group === '' || m.processServer === undefined) continue;
    const key = sourceKey(m.site, m.group);
    const e = by.get(key) ?? { group: m.group, site: m.site, servers: new Set<string>() };
    e.servers.add(m.processServer);
    by.set(key, e);
  }
  return [...by.values()]
    .filter((e) => e.servers.size > 1)
    .map((e) => ({ code: 'group-across-servers', params: { group: e.group, site: e.site, servers: [...e.servers].sort() } }));
}

// Classic servers the inventory names that the server file does not list.
function unknownServers(machines: readonly Machine[], servers: readonly ServerObservation[]): MigrationWarning[] {
  const listed = new Set(servers.map((s) => s.name));
  const counts = new Map<string, number>();
  for (const m of machines)
    if (m.processServer !== undefined && !listed.has(m.processServer)) counts.set(m.processServer, (counts.get(m.processServer) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([server, n]) => ({ code: 'unknown-server', params: { server, machines: n } }));
}

/**
 * The machines with each classic server named one way: server names compare as host names do
 * (case, Unicode form, surrounding spaces); the server file's spelling wins, else the first mention.
 */
function canonicalServers(machines: readonly Machine[], servers: readonly ServerObservation[] | null): readonly Machine[] {
  const spelling = new Map<string, string>();
  for (const s of servers ?? []) if (!spelling.has(hostKey(s.name.trim()))) spelling.set(hostKey(s.name.trim()), s.name.trim());
  let changed = false;
  const out = machines.map((m) => {
    if (m.processServer === undefined) return m;
    const key = hostKey(m.processServer.trim());
    const name = spelling.get(key) ?? m.processServer.trim();
    if (!spelling.has(key)) spelling.set(key, name);
    if (name === m.processServer) return m;
    changed = true;
    return { ...m, processServer: name };
  });
  return changed ? out : machines;
}
