import { fits, tierCapacity } from '../capacity';
import { DEFAULT_SETTINGS, type Machine, type Plan, type PlanSettings } from '../model';
import { plan } from '../planner';
import { churnFactor } from '../planner/items';
import { ruleSetById } from '../rules/registry';
import { largestTier } from '../rules/tiers';
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

/** A classic server's machines in one site, and whether they may travel as one item. */
interface SourceServer {
  key: string;
  members: number[];
  machines: number;
  churn: number;
}

/** The appliance plan and the plan without keeping servers together (its counts are the target). */
export interface SizedAppliances {
  plan: Plan;
  /** Per site: the classic servers whose machines the packing was asked to keep on one appliance. */
  kept: Set<string>;
}

/** The plan settings of the target deployment: the migration's churn adjustments and headroom. */
export function targetSettings(s: MigrationSettings): PlanSettings {
  return {
    ...DEFAULT_SETTINGS,
    multiplier: s.multiplier,
    growthPercent: s.growthPercent,
    headroomPercent: s.headroomPercent,
    ruleSet: MIGRATION_RULES.to,
  };
}

/** The key of a classic server in a site (also the group key its machines travel under). */
export const sourceKey = (site: string, server: string) => `\u0000${site}\u0000${server}`;

/** Sizes the appliances: the fewest per site, then the fewest classic servers split. */
export function sizeAppliances(machines: readonly Machine[], s: MigrationSettings): SizedAppliances {
  const settings = targetSettings(s);
  const baseline = plan(machines, settings);
  const candidates = keepable(machines, settings);
  if (candidates.length === 0) return { plan: baseline, kept: new Set() };
  const target = new Map(baseline.sites.map((x) => [x.site, x.scaleOutServers]));
  const all = new Set(candidates.map((c) => c.key));
  const together = plan(bundled(machines, candidates, all), settings);
  const worse = together.sites.filter((x) => x.scaleOutServers > target.get(x.site)!).map((x) => x.site);
  if (worse.length === 0) return { plan: together, kept: all };
  const kept = new Set(all);
  for (const site of worse) {
    const inSite = candidates.filter((c) => machines[c.members[0]!]!.site === site);
    for (const c of released(machines, inSite, settings, target.get(site)!)) kept.delete(c.key);
  }
  return { plan: plan(bundled(machines, candidates, kept), settings), kept };
}

// The largest servers to release in a site so its count is the target: the fewest found by bisection.
function released(machines: readonly Machine[], inSite: SourceServer[], settings: PlanSettings, target: number): SourceServer[] {
  const cap = applianceCapacity(settings);
  const size = (c: SourceServer) => Math.max(c.machines / cap.machines, c.churn / cap.churnGBPerDay);
  const bySize = [...inSite].sort((a, b) => size(b) - size(a) || (a.key < b.key ? -1 : 1));
  const site = machines[inSite[0]!.members[0]!]!.site;
  const siteIdx: number[] = [];
  for (let i = 0; i < machines.length; i++) if (machines[i]!.site === site) siteIdx.push(i);
  const ok = (k: number) => {
    const keep = new Set(bySize.slice(k).map((c) => c.key));
    const sub = bundled(machines, bySize, keep);
    return (
      plan(
        siteIdx.map((i) => sub[i]!),
        settings,
      ).sites[0]!.scaleOutServers <= target
    );
  };
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

// The machines with each kept server's machines under one group key.
function bundled(machines: readonly Machine[], candidates: readonly SourceServer[], kept: ReadonlySet<string>): Machine[] {
  const out = machines.slice();
  for (const c of candidates) {
    if (!kept.has(c.key)) continue;
    for (const i of c.members) out[i] = { ...machines[i]!, group: c.key };
  }
  return out;
}

/**
 * The classic servers (per site) whose machines fit one appliance at this headroom and share no
 * group with another classic server: keeping them together never splits a group. A group's
 * machines not replicating yet travel with the server of its others.
 */
function keepable(machines: readonly Machine[], settings: PlanSettings): SourceServer[] {
  const factor = churnFactor(settings);
  const groupHome = new Map<string, string | null>();
  for (const m of machines) {
    if (m.group === '' || m.processServer === undefined) continue;
    const g = `${m.site}\u0000${m.group}`;
    const key = sourceKey(m.site, m.processServer);
    const home = groupHome.get(g);
    groupHome.set(g, home === undefined || home === key ? key : null);
  }
  const servers = new Map<string, SourceServer>();
  const split = new Set<string>();
  for (let i = 0; i < machines.length; i++) {
    const m = machines[i]!;
    const home = m.group === '' ? undefined : groupHome.get(`${m.site}\u0000${m.group}`);
    if (home === null) split.add(sourceKey(m.site, m.processServer ?? ''));
    const key = m.processServer !== undefined ? sourceKey(m.site, m.processServer) : home;
    if (key === undefined || key === null) continue;
    let s = servers.get(key);
    if (!s) servers.set(key, (s = { key, members: [], machines: 0, churn: 0 }));
    s.members.push(i);
    s.machines += 1;
    s.churn += m.dailyChurnGB * factor;
  }
  const cap = applianceCapacity(settings);
  return [...servers.values()].filter((s) => !split.has(s.key) && fits({ machines: s.machines, churnGBPerDay: s.churn }, cap));
}

// What the largest appliance takes at this headroom.
function applianceCapacity(settings: PlanSettings) {
  const rules = ruleSetById(settings.ruleSet);
  return tierCapacity(largestTier(rules, rules.scaling.role), settings.headroomPercent);
}

/** The classic servers (keys `site\u0000server`) whose machines fit one appliance at this headroom. */
export function fittingServers(machines: readonly Machine[], s: MigrationSettings): Set<string> {
  const settings = targetSettings(s);
  const factor = churnFactor(settings);
  const loads = new Map<string, { machines: number; churnGBPerDay: number }>();
  for (const m of machines) {
    if (m.processServer === undefined) continue;
    const key = `${m.site}\u0000${m.processServer}`;
    const l = loads.get(key) ?? { machines: 0, churnGBPerDay: 0 };
    l.machines += 1;
    l.churnGBPerDay += m.dailyChurnGB * factor;
    loads.set(key, l);
  }
  const cap = applianceCapacity(settings);
  return new Set([...loads].filter(([, l]) => fits(l, cap)).map(([k]) => k));
}
