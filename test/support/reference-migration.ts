import type { Machine } from '../../src/core/model';

/*
 * An independent check of a published migration (`migrate --json`), written from
 * docs/rules.md#migration-from-classic and #modernized-architecture alone (no planner or migrate
 * code): one appliance size (200 machines, 2,048 GB/day at 100 %), batches of at most 10 machines
 * for one appliance with groups whole, times of 1 h + 45 s per GiB of the largest disk, and a
 * classic server that fits one appliance kept on one whenever a first-fit-decreasing packing of
 * the site's classic servers shows it can be without more appliances.
 */

const APPLIANCE = { machines: 200, churn: 2048 };
const BATCH = 10;
const EPS = 1e-9;
const ROUNDING = 5e-4;

/** What `migrate --json` prints, as far as this check reads it. */
export interface PublishedMigration {
  settings: { multiplier: number; growthPercent: number; headroomPercent: number };
  summary: object;
  appliances: {
    id: string;
    site: string;
    machineCount: number;
    churnGBPerDay: number;
    dedicated: boolean;
    machines: string[];
    fromServers: { server: string; machineCount: number }[];
  }[];
  batches: {
    id: string;
    site: string;
    appliance: string;
    machines: string[];
    fromServers: string[];
    groups: string[];
    hoursIfHealthy: readonly number[];
    hoursOtherwise: number | null;
  }[];
  newProtection: { machine: string; site: string; appliance: string }[];
  unplaced: { machine: string }[];
  warnings: { code: string; message: string }[];
}

/** What the check found beside passing: per site whether the lower bound had to be met and was. */
export interface MigrationReference {
  sites: Map<string, { lowerBound: number; appliances: number; small: boolean }>;
  /** Classic servers that fit one appliance and that the reference packing keeps whole. */
  keepable: number;
}

const largestDisk = (m: Machine) =>
  m.provisionedGB !== undefined && m.disks !== undefined && m.disks > 0 ? m.provisionedGB / m.disks : (m.provisionedGB ?? m.usedGB ?? null);

/** Checks `doc` against the rules for `machines` (names unique); throws with the first broken rule. */
export function checkMigration(machines: readonly Machine[], doc: PublishedMigration): MigrationReference {
  const fail = (what: string): never => {
    throw new Error(what);
  };
  const { multiplier, growthPercent, headroomPercent: h } = doc.settings;
  const factor = multiplier * (1 + growthPercent / 100);
  const cap = { machines: Math.floor((APPLIANCE.machines * h) / 100 + EPS), churn: (APPLIANCE.churn * h) / 100 };
  const byName = new Map(machines.map((m) => [m.name, m]));
  const unplaced = new Set(doc.unplaced.map((u) => u.machine));
  const onAppliance = new Map<string, string>();
  const appliance = new Map(doc.appliances.map((a) => [a.id, a]));
  for (const a of doc.appliances) {
    let churn = 0;
    for (const n of a.machines) {
      const m = byName.get(n) ?? fail(`${a.id} holds ${n}, not in the inventory`);
      if (onAppliance.has(n)) fail(`${n} is on ${onAppliance.get(n)} and ${a.id}`);
      onAppliance.set(n, a.id);
      if (m.site !== a.site) fail(`${n} of site "${m.site}" is on ${a.id} of site "${a.site}"`);
      churn += m.dailyChurnGB * factor;
    }
    if (a.machines.length !== a.machineCount) fail(`${a.id} counts ${a.machineCount}, lists ${a.machines.length}`);
    if (Math.abs(churn - a.churnGBPerDay) > ROUNDING * 2) fail(`${a.id} churn ${a.churnGBPerDay}, its machines make ${churn}`);
    const lim = a.dedicated ? APPLIANCE : cap;
    if (a.machineCount > lim.machines || churn > lim.churn * (1 + EPS) + EPS)
      fail(`${a.id} over its limits: ${a.machineCount} machines, ${churn} GB/day`);
    const from = new Map<string, number>();
    for (const n of a.machines) {
      const ps = byName.get(n)!.processServer;
      if (ps !== undefined) from.set(ps, (from.get(ps) ?? 0) + 1);
    }
    const listed = new Map(a.fromServers.map((f) => [f.server, f.machineCount]));
    if (JSON.stringify([...from].sort()) !== JSON.stringify([...listed].sort())) fail(`${a.id}'s fromServers do not match its machines`);
  }
  for (const m of machines) if (!onAppliance.has(m.name) && !unplaced.has(m.name)) fail(`${m.name} is on no appliance and not unplaced`);

  // Batches: every replicating machine (placed) in exactly one; ≤ 10 unless one whole group; one appliance; groups whole.
  const inBatch = new Map<string, string>();
  const groupBatch = new Map<string, string>();
  const groupAppliance = new Map<string, string>();
  let previous: { site: string; appliance: number; server: string } | null = null;
  const order = doc.appliances.map((a) => a.id);
  for (const b of doc.batches) {
    const a = appliance.get(b.appliance) ?? fail(`${b.id} is for an unknown appliance ${b.appliance}`);
    if (a.site !== b.site) fail(`${b.id} site ${b.site}, its appliance's ${a.site}`);
    const groups = new Set<string>();
    const servers: string[] = [];
    let slowest: number | null = 0;
    for (const n of b.machines) {
      const m = byName.get(n) ?? fail(`${b.id} holds ${n}, not in the inventory`);
      if (m.processServer === undefined) fail(`${n} is not replicating, yet in batch ${b.id}`);
      if (inBatch.has(n)) fail(`${n} is in ${inBatch.get(n)} and ${b.id}`);
      inBatch.set(n, b.id);
      if (onAppliance.get(n) !== b.appliance) fail(`${n} in ${b.id} for ${b.appliance} but on ${onAppliance.get(n)}`);
      if (m.group !== '') {
        groups.add(m.group);
        const key = `${m.site}\u0000${m.group}`;
        if (groupBatch.has(key) && groupBatch.get(key) !== b.id) fail(`group ${m.group} split over ${groupBatch.get(key)} and ${b.id}`);
        groupBatch.set(key, b.id);
      }
      if (!servers.includes(m.processServer!)) servers.push(m.processServer!);
      const gib = largestDisk(m);
      slowest = gib === null || slowest === null ? null : Math.max(slowest, Math.round((1 + (gib * 45) / 3600) * 100) / 100);
    }
    if (b.machines.length > BATCH) {
      const whole = groups.size === 1 && b.machines.every((n) => byName.get(n)!.group === [...groups][0]);
      if (!whole) fail(`${b.id} has ${b.machines.length} machines and is not one group`);
    }
    if (JSON.stringify(b.hoursIfHealthy) !== '[1,2]') fail(`${b.id} hoursIfHealthy ${JSON.stringify(b.hoursIfHealthy)}`);
    if (b.hoursOtherwise !== slowest) fail(`${b.id} hoursOtherwise ${b.hoursOtherwise}, expected ${slowest}`);
    const at = { site: b.site, appliance: order.indexOf(b.appliance), server: [...servers].sort()[0]! };
    if (previous) {
      const cmp =
        previous.site < at.site
          ? -1
          : previous.site > at.site
            ? 1
            : Math.sign(previous.appliance - at.appliance) || (previous.server <= at.server ? -1 : 1);
      if (cmp > 0) fail(`${b.id} is out of order (site, appliance, classic server)`);
    }
    previous = at;
  }
  for (const m of machines) {
    if (m.group !== '' && onAppliance.has(m.name)) {
      const key = `${m.site}\u0000${m.group}`;
      const a = onAppliance.get(m.name)!;
      if (groupAppliance.has(key) && groupAppliance.get(key) !== a) fail(`group ${m.group} split over appliances`);
      groupAppliance.set(key, a);
    }
    const replicating = m.processServer !== undefined && onAppliance.has(m.name);
    if (replicating !== inBatch.has(m.name)) fail(`${m.name}: replicating ${replicating}, in a batch ${inBatch.has(m.name)}`);
  }
  const fresh = new Set(doc.newProtection.map((n) => n.machine));
  for (const m of machines)
    if ((m.processServer === undefined && onAppliance.has(m.name)) !== fresh.has(m.name)) fail(`${m.name}: new protection listed wrongly`);
  return { sites: siteBounds(machines, doc, cap, factor, onAppliance), keepable: keptWhole(machines, doc, cap, factor, onAppliance) };
}

function siteBounds(
  machines: readonly Machine[],
  doc: PublishedMigration,
  cap: { machines: number; churn: number },
  factor: number,
  on: Map<string, string>,
) {
  const out = new Map<string, { lowerBound: number; appliances: number; small: boolean }>();
  const load = new Map<string, { machines: number; churn: number; small: boolean; largest: number }>();
  const dedicated = new Set(doc.appliances.filter((a) => a.dedicated).flatMap((a) => a.machines));
  for (const m of machines) {
    if (!on.has(m.name) || dedicated.has(m.name)) continue;
    const l = load.get(m.site) ?? { machines: 0, churn: 0, small: true, largest: 0 };
    l.machines += 1;
    l.churn += m.dailyChurnGB * factor;
    l.largest = Math.max(l.largest, m.dailyChurnGB * factor);
    if (m.group !== '' || m.dailyChurnGB * factor > cap.churn / 10) l.small = false;
    load.set(m.site, l);
  }
  for (const [site, l] of load) {
    const lb = Math.max(Math.ceil(l.machines / cap.machines - EPS), Math.ceil(l.churn / cap.churn - EPS));
    const appliances = doc.appliances.filter((a) => a.site === site && !a.dedicated).length;
    if (appliances < lb) throw new Error(`site "${site}" has ${appliances} appliances, under the lower bound ${lb}`);
    // Small machines: every appliance but the last was closed full of machines or with less room
    // than the largest machine (else that machine would have gone in), which bounds the count from
    // above. Not "equal to the lower bound": 21 machines of 0.1 × the limit + ε need 3, not 2.
    const fullOfMachines = Math.floor(l.machines / cap.machines + EPS);
    const fullOfChurn = Math.max(0, Math.ceil(l.churn / (cap.churn - l.largest) - EPS) - 1);
    const ub = 1 + fullOfMachines + fullOfChurn;
    if (l.small && appliances > ub)
      throw new Error(`site "${site}" of small machines: ${appliances} appliances, more than first fit allows (${ub})`);
    out.set(site, { lowerBound: lb, appliances, small: l.small });
  }
  return out;
}

// First-fit decreasing of a site's classic servers (whole) and other machines: when it needs no more
// appliances than the plan, every classic server that fits one appliance must be on one.
function keptWhole(
  machines: readonly Machine[],
  doc: PublishedMigration,
  cap: { machines: number; churn: number },
  factor: number,
  on: Map<string, string>,
): number {
  const sites = new Set(machines.map((m) => m.site));
  let kept = 0;
  for (const site of sites) {
    const units = new Map<string, { machines: number; churn: number; server: string | null }>();
    const groupServers = new Map<string, Set<string>>();
    for (const m of machines)
      if (m.site === site && m.group !== '' && m.processServer !== undefined)
        (groupServers.get(m.group) ?? groupServers.set(m.group, new Set()).get(m.group)!).add(m.processServer);
    // A server with a machine no appliance can take does not fit one appliance (docs/rules.md,
    // "Keeping process servers together"): its other machines are items of their own.
    const broken = new Set(machines.filter((m) => m.site === site && !on.has(m.name)).map((m) => m.processServer));
    let cross = false;
    for (const m of machines) {
      if (m.site !== site || !on.has(m.name)) continue;
      if (m.group !== '' && (groupServers.get(m.group)?.size ?? 0) > 1) cross = true;
      const whole = m.processServer !== undefined && !broken.has(m.processServer);
      const key =
        !whole && m.processServer !== undefined
          ? m.group !== ''
            ? `g\u0000${m.group}`
            : `m\u0000${m.name}`
          : m.processServer !== undefined
            ? `s\u0000${m.processServer}`
            : m.group !== '' && groupServers.get(m.group)?.size === 1
              ? `s\u0000${[...groupServers.get(m.group)!][0]}`
              : m.group !== ''
                ? `g\u0000${m.group}`
                : `m\u0000${m.name}`;
      const u = units.get(key) ?? { machines: 0, churn: 0, server: key.startsWith('s') ? key.slice(2) : null };
      u.machines += 1;
      u.churn += m.dailyChurnGB * factor;
      units.set(key, u);
    }
    if (cross) continue;
    const list = [...units.values()];
    if (list.some((u) => u.machines > cap.machines || u.churn > cap.churn * (1 + EPS) + EPS)) continue;
    list.sort(
      (a, b) => Math.max(b.machines / cap.machines, b.churn / cap.churn) - Math.max(a.machines / cap.machines, a.churn / cap.churn),
    );
    const bins: { machines: number; churn: number }[] = [];
    for (const u of list) {
      const bin = bins.find((x) => x.machines + u.machines <= cap.machines && x.churn + u.churn <= cap.churn * (1 + EPS) + EPS);
      if (bin) {
        bin.machines += u.machines;
        bin.churn += u.churn;
      } else bins.push({ machines: u.machines, churn: u.churn });
    }
    const planned = doc.appliances.filter((a) => a.site === site).length;
    if (bins.length > planned) continue;
    for (const u of list) {
      if (u.server === null) continue;
      const where = new Set(
        doc.appliances.filter((a) => a.site === site && a.fromServers.some((f) => f.server === u.server)).map((a) => a.id),
      );
      if (where.size > 1)
        throw new Error(
          `classic server ${u.server} (site "${site}") fits one appliance and the site packs with it whole, yet it is split over ${[...where].join(', ')}`,
        );
      kept++;
    }
  }
  return kept;
}
