import { fits, tierCapacity, type Capacity } from '../capacity';
import { DEFAULT_SETTINGS, type Machine, type Plan, type PlanSettings } from '../model';
import { plan } from '../planner';
import { churnFactor } from '../planner';
import { ruleSetById } from '../rules';
import { largestTier } from '../rules';
import { MIGRATION_RULES } from './migration-rules';
import type { MigrationSettings } from './types';

/*
 * The appliances of the target deployment, sized by the planner under `asr-modernized`
 * (docs/rules.md#how-many-appliances), keeping each classic process server's machines together
 * where that costs no appliance (docs/rules.md#keeping-process-servers-together).
 *
 * No packing of its own: a classic server whose machines fit one appliance at this headroom is
 * handed to the planner as one item (a group under a key no inventory can hold), so the packing
 * puts it on one appliance. A site keeps that only when its appliance count stays what the
 * planner finds without it; otherwise the largest servers are released, fewest first, until it does.
 */

/** A classic server's machines in one site that may travel as one item. */
interface SourceServer {
  key: string;
  site: string;
  members: number[];
  size: number;
}

/** The appliance plan, and per site the classic servers whose machines fit one appliance (keys `site\u0000server`). */
export interface SizedAppliances {
  plan: Plan;
  fitting: Set<string>;
}

/** The plan settings of the target deployment: the migration's churn adjustments and headroom. */
function targetSettings(s: MigrationSettings): PlanSettings {
  return {
    ...DEFAULT_SETTINGS,
    multiplier: s.multiplier,
    growthPercent: s.growthPercent,
    headroomPercent: s.headroomPercent,
    ruleSet: MIGRATION_RULES.to,
  };
}

/** The key of a classic server in a site. */
export const sourceKey = (site: string, server: string) => `${site}\u0000${server}`;

/** Sizes the appliances: the fewest per site, then the fewest classic servers split. */
export function sizeAppliances(machines: readonly Machine[], s: MigrationSettings): SizedAppliances {
  const settings = targetSettings(s);
  const cap = applianceCapacity(settings);
  const { candidates, fitting } = keepable(machines, settings, cap);
  // What the planner reads, one shape for all (fast property access), and the same with kept servers as one group each.
  const lean = machines.map((m) => ({ name: m.name, dailyChurnGB: m.dailyChurnGB, site: m.site, group: m.group }));
  const together = lean.slice();
  for (const c of candidates) for (const i of c.members) together[i] = { ...lean[i]!, group: `\u0000${c.key}` };
  const mixed = (kept: (c: SourceServer) => boolean) => {
    const out = lean.slice();
    for (const c of candidates) if (kept(c)) for (const i of c.members) out[i] = together[i]!;
    return out;
  };
  if (candidates.length === 0) return { plan: plan(lean, settings), fitting };
  const first = plan(together, settings);
  // A site at its lower bound can do no better; only the others are compared with the planner's own count.
  const open = first.sites.filter((x) => x.scaleOutServers > x.lowerBound);
  if (open.length === 0) return { plan: first, fitting };
  const openSites = new Set(open.map((x) => x.site));
  const target = new Map(
    plan(
      lean.filter((m) => openSites.has(m.site)),
      settings,
    ).sites.map((x) => [x.site, x.scaleOutServers]),
  );
  const worse = open.filter((x) => x.scaleOutServers > target.get(x.site)!).map((x) => x.site);
  if (worse.length === 0) return { plan: first, fitting };
  const releasedKeys = new Set<string>();
  for (const site of worse) {
    const inSite = candidates.filter((c) => c.site === site);
    const idx: number[] = [];
    for (let i = 0; i < lean.length; i++) if (lean[i]!.site === site) idx.push(i);
    const count = (released: ReadonlySet<string>) => {
      const sub = mixed((c) => !released.has(c.key));
      return plan(
        idx.map((i) => sub[i]!),
        settings,
      ).sites[0]!.scaleOutServers;
    };
    for (const c of released(inSite, target.get(site)!, count)) releasedKeys.add(c.key);
  }
  return {
    plan: plan(
      mixed((c) => !releasedKeys.has(c.key)),
      settings,
    ),
    fitting,
  };
}

// The largest servers to release in a site so its count is the target: the fewest, found by bisection.
function released(inSite: SourceServer[], target: number, count: (released: ReadonlySet<string>) => number): SourceServer[] {
  const bySize = [...inSite].sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : 1));
  const ok = (k: number) => count(new Set(bySize.slice(0, k).map((c) => c.key))) <= target;
  // Releasing every server gives the planner the inventory's own items: the target, by definition.
  let lo = 1;
  let hi = bySize.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return bySize.slice(0, hi);
}

/**
 * The classic servers (per site) whose machines fit one appliance at this headroom and share no
 * group with another classic server: keeping them together never splits a group. A group's
 * machines not replicating yet travel with the server of its others. Also every classic server
 * whose replicating machines fit one appliance, for the report.
 */
function keepable(
  machines: readonly Machine[],
  settings: PlanSettings,
  cap: Capacity,
): { candidates: SourceServer[]; fitting: Set<string> } {
  const factor = churnFactor(settings);
  const groupHome = new Map<string, string | null>();
  const keyOf = new Array<string | undefined>(machines.length);
  for (let i = 0; i < machines.length; i++) {
    const m = machines[i]!;
    if (m.processServer === undefined) continue;
    const key = (keyOf[i] = sourceKey(m.site, m.processServer));
    if (m.group === '') continue;
    const g = sourceKey(m.site, m.group);
    const home = groupHome.get(g);
    groupHome.set(g, home === undefined || home === key ? key : null);
  }
  const servers = new Map<string, { site: string; members: number[]; load: Capacity; own: Capacity; split: boolean }>();
  for (let i = 0; i < machines.length; i++) {
    const m = machines[i]!;
    const home = m.group === '' ? undefined : groupHome.get(sourceKey(m.site, m.group));
    const key = keyOf[i] ?? home;
    if (key === undefined || key === null) continue;
    let s = servers.get(key);
    if (!s)
      servers.set(
        key,
        (s = { site: m.site, members: [], load: { machines: 0, churnGBPerDay: 0 }, own: { machines: 0, churnGBPerDay: 0 }, split: false }),
      );
    s.members.push(i);
    s.load.machines += 1;
    s.load.churnGBPerDay += m.dailyChurnGB * factor;
    if (keyOf[i] !== undefined) {
      s.own.machines += 1;
      s.own.churnGBPerDay += m.dailyChurnGB * factor;
    }
    if (home === null) s.split = true;
  }
  const candidates: SourceServer[] = [];
  const fitting = new Set<string>();
  for (const [key, s] of servers) {
    if (fits(s.own, cap)) fitting.add(key);
    if (s.split || !fits(s.load, cap)) continue;
    candidates.push({
      key,
      site: s.site,
      members: s.members,
      size: Math.max(s.load.machines / cap.machines, s.load.churnGBPerDay / cap.churnGBPerDay),
    });
  }
  return { candidates, fitting };
}

// What the largest appliance takes at this headroom.
function applianceCapacity(settings: PlanSettings): Capacity {
  const rules = ruleSetById(settings.ruleSet);
  return tierCapacity(largestTier(rules, rules.scaling.role), settings.headroomPercent);
}
