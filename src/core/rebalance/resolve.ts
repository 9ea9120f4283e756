/** From observations and the inventory's assignments to the servers a rebalance works on. */

import { hostKey } from '../host-name';
import type { Assumption, DeploymentNotice, RebalanceSettings, ServerObservation } from '../deployment';
import { assessHealth, assumeTier, limitTier, matchTier, type TierMatch } from '../health';
import type { Machine } from '../model';
import { churnFactor } from '../planner';
import type { HealthRuleSet, RuleSet, ServerRole } from '../rules';
import { NO_LOAD, tierCapacity, type Capacity } from '../capacity';
import { resolveSites } from './sites';
import type { DeploymentServer } from './types';

/** The servers with their health and current load, and which server holds each machine. */
export interface ResolvedDeployment {
  servers: DeploymentServer[];
  /** Server index of each machine; -1 when its processServer cell is empty. */
  assignment: Int32Array;
  /** Each machine's effective churn, GB/day. */
  churn: Float64Array;
  notices: DeploymentNotice[];
}

/** Server names compare as host names do (see hostKey), ignoring surrounding spaces. */
export function serverKey(name: string): string {
  return hostKey(name.trim());
}

interface Draft {
  id: string;
  obs: ServerObservation | null;
}

/**
 * Resolves a running deployment. `observations` null means no server file was given. Servers
 * come in server-file order, then those only the inventory names, in order of first mention.
 */
export function resolveDeployment(
  machines: readonly Machine[],
  observations: readonly ServerObservation[] | null,
  settings: RebalanceSettings,
  rules: RuleSet,
  health: HealthRuleSet,
): ResolvedDeployment {
  const { drafts, assignment } = assign(machines, observations ?? []);
  const factor = churnFactor(settings);
  const churn = Float64Array.from(machines, (m) => m.dailyChurnGB * factor);
  const loads = drafts.map((): Capacity => ({ ...NO_LOAD }));
  for (let i = 0; i < machines.length; i++) {
    const s = assignment[i]!;
    if (s < 0) continue;
    loads[s]!.machines++;
    loads[s]!.churnGBPerDay += churn[i]!;
  }
  const notices: DeploymentNotice[] = [];
  const sites = resolveSites(machines, drafts, assignment, notices);
  const configVersion = configurationVersion(observations, notices);
  const servers = drafts.map((d, s): DeploymentServer => {
    // Read in this order: what the server is, where it stands, which tier it is taken for.
    const assumptions: Assumption[] = [];
    const role = roleOf(d, observations === null, assumptions);
    assumptions.push(...sites.assumptions[s]!);
    const tierMatch = tierOf(d, role, loads[s]!, rules, assumptions);
    const tier = limitTier(tierMatch);
    const h = assessHealth({ role, observation: d.obs, configurationVersion: configVersion }, health);
    return {
      id: d.id,
      role,
      site: sites.site[s]!,
      inServerFile: d.obs !== null,
      observation: d.obs,
      tierMatch,
      tier,
      limits: tierCapacity(tier, settings.headroomPercent),
      health: h,
      status: h.status,
      overLimits: [],
      assumptions,
      before: loads[s]!,
      after: { ...loads[s]! },
      shedReasons: [],
      target: null,
      receiveBlockedBy: null,
    };
  });
  return { servers, assignment, churn, notices };
}

function assign(machines: readonly Machine[], observations: readonly ServerObservation[]): { drafts: Draft[]; assignment: Int32Array } {
  const index = new Map<string, number>();
  const drafts: Draft[] = [];
  for (const o of observations) {
    const key = serverKey(o.name);
    if (key === '' || index.has(key)) continue; // the reader rejects these; stay safe on direct calls
    index.set(key, drafts.length);
    drafts.push({ id: o.name.trim(), obs: o });
  }
  const assignment = new Int32Array(machines.length);
  machines.forEach((m, i) => {
    const ps = m.processServer?.trim() ?? '';
    if (ps === '') return void (assignment[i] = -1);
    const key = serverKey(ps);
    let s = index.get(key);
    if (s === undefined) {
      index.set(key, (s = drafts.length));
      drafts.push({ id: ps, obs: null });
    }
    assignment[i] = s;
  });
  return { drafts, assignment };
}

function roleOf(d: Draft, noServerFile: boolean, out: Assumption[]): ServerRole {
  if (d.obs === null) {
    out.push(
      noServerFile ? { code: 'no-server-file', params: { server: d.id } } : { code: 'not-in-server-file', params: { server: d.id } },
    );
    return 'scale-out';
  }
  if (d.obs.role !== undefined) return d.obs.role;
  out.push({ code: 'role-not-given', params: { server: d.id } });
  return 'scale-out';
}

function tierOf(d: Draft, role: ServerRole, load: Capacity, rules: RuleSet, out: Assumption[]): TierMatch {
  const matched = d.obs ? matchTier(rules, role, d.obs) : null;
  if (matched?.kind === 'no-tier') {
    // A no-tier match is made only from a complete spec.
    const spec = { vcpu: d.obs!.vcpu!, memoryGB: d.obs!.memoryGB!, cacheGB: d.obs!.cacheGB! };
    out.push({
      code: 'nearest-tier-limits',
      params: { server: d.id, role, nearest: matched.nearest.id, spec, shortBy: matched.shortBy },
    });
  }
  if (matched) return matched;
  if (d.obs) {
    const missing = (['vcpu', 'memoryGB', 'cacheGB'] as const).filter((k) => d.obs![k] === undefined);
    out.push({ code: 'spec-incomplete', params: { server: d.id, missing } });
  }
  const a = assumeTier(rules, role, load);
  const params = { server: d.id, tier: a.tier.id, role, load: { machines: load.machines, churnGBPerDay: load.churnGBPerDay } };
  out.push(a.holdsLoad ? { code: 'tier-from-load', params } : { code: 'tier-over-largest', params });
  return a;
}

// The version the version rule compares with: the first configuration server that states one.
function configurationVersion(observations: readonly ServerObservation[] | null, notices: DeploymentNotice[]): string | undefined {
  if (observations === null) return undefined;
  const configs = observations.filter((o) => o.role === 'configuration');
  if (configs.length > 1) {
    const names = configs.map((c) => c.name).join(', ');
    notices.push({ code: 'several-configuration-servers', params: { servers: names, count: configs.length } });
  }
  const v = configs.find((c) => c.version !== undefined)?.version;
  if (v === undefined && observations.some((o) => o.role !== 'configuration' && o.version !== undefined)) {
    notices.push({ code: 'no-configuration-version', params: {} });
  }
  return v;
}
