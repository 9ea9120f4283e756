import type { Machine, PlannedServer } from '../model';
import { MIGRATION_RULES } from './migration-rules';
import { batchBasis, hoursOtherwise, largestDiskGiB } from './timing';
import type { BatchWarning, MigrationBatch, TimeBasis } from './types';

/*
 * The migration batches (docs/rules.md#batches): at most 10 machines, one target appliance, groups
 * whole, a group over 10 a batch of its own; ordered by site, appliance, then classic server.
 */

/** What makes a machine's batch: its name, classic server, group and time figures. */
export interface BatchContext {
  machines: readonly Machine[];
  index: ReadonlyMap<string, number>;
  basis: (i: number) => TimeBasis;
}

// A group (whole) or a lone machine, migrated together.
interface Unit {
  members: number[];
  server: string;
  group: string;
  first: string;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The batches of every appliance, in order; only machines that replicate today (a classic server named). */
export function makeBatches(appliances: readonly PlannedServer[], ctx: BatchContext): MigrationBatch[] {
  const out: MigrationBatch[] = [];
  for (const a of appliances) for (const members of split(units(a.machines, ctx))) out.push(batchOf(a, members, ctx));
  const width = Math.max(2, String(out.length).length);
  return out.map((b, i) => ({ ...b, id: `B${String(i + 1).padStart(width, '0')}` }));
}

// Units in order into batches of at most the portal's step: a unit that does not fit closes the batch;
// a group over the step is a batch of its own.
function split(us: readonly Unit[]): number[][] {
  const limit = MIGRATION_RULES.machinesPerBatch;
  const out: number[][] = [];
  let open: number[] = [];
  for (const u of us) {
    if (u.members.length > limit) {
      // Closing the open batch first keeps the classic servers in order.
      if (open.length > 0) out.push(open);
      out.push(u.members);
      open = [];
      continue;
    }
    if (open.length + u.members.length > limit) {
      out.push(open);
      open = [];
    }
    open.push(...u.members);
  }
  if (open.length > 0) out.push(open);
  return out;
}

// The appliance's replicating machines as units, by classic server, the largest unit first, then by name.
function units(names: readonly string[], ctx: BatchContext): Unit[] {
  const byGroup = new Map<string, Unit>();
  const out: Unit[] = [];
  for (const name of names) {
    const i = ctx.index.get(name)!;
    const m = ctx.machines[i]!;
    if (m.processServer === undefined) continue;
    const g = m.group === '' ? undefined : byGroup.get(m.group);
    if (g) {
      g.members.push(i);
      if (byCodeUnit(m.processServer, g.server) < 0) g.server = m.processServer;
      continue;
    }
    const u: Unit = { members: [i], server: m.processServer, group: m.group, first: m.name };
    if (m.group !== '') byGroup.set(m.group, u);
    out.push(u);
  }
  return out.sort((a, b) => byCodeUnit(a.server, b.server) || b.members.length - a.members.length || byCodeUnit(a.first, b.first));
}

function batchOf(a: PlannedServer, members: readonly number[], ctx: BatchContext): MigrationBatch {
  const ms = members.map((i) => ctx.machines[i]!);
  const disks = ms.map(largestDiskGiB);
  const unknown = disks.filter((d) => d === null).length;
  const groups = [...new Set(ms.map((m) => m.group).filter((g) => g !== ''))];
  const warnings: BatchWarning[] = [];
  if (members.length > MIGRATION_RULES.machinesPerBatch)
    warnings.push({
      code: 'group-over-batch',
      params: { group: groups[0]!, machines: members.length, limit: MIGRATION_RULES.machinesPerBatch },
    });
  if (unknown > 0) warnings.push({ code: 'disk-size-unknown', params: { machines: unknown } });
  return {
    id: '',
    site: a.site,
    appliance: a.id,
    machines: ms.map((m) => m.name),
    fromServers: [...new Set(ms.map((m) => m.processServer!))],
    groups,
    hoursIfHealthy: MIGRATION_RULES.healthyHours,
    hoursOtherwise: unknown > 0 ? null : Math.max(...disks.map((d) => hoursOtherwise(d!))),
    basis: batchBasis(members.map(ctx.basis)),
    warnings,
  };
}
