/** Rebalancing a running deployment (issue: running deployments). Pure and deterministic. */

import type { DeploymentNotice, RebalanceSettings, ServerObservation } from '../deployment';
import type { Machine } from '../model';
import type { Item } from '../planner';
import { asrClassic, asrClassicHealth, type HealthRuleSet, type RuleSet, largestTier } from '../rules';
import { limitsOf, type Capacity } from '../capacity';
import { buildHoldings, type Holdings } from './holdings';
import { buildMoves } from './moves';
import { newServerCount, planNewServers } from './new-servers';
import { placeBalanced, placeFirstFit, type Pending, type Placement, type Receiver } from './place';
import { resolveDeployment } from './resolve';
import { cheapestShed } from './shed';
import { overLimitsOf, receiveBlock, shedTarget, shownStatus } from './targets';
import type { DeploymentServer, Rebalance, Unresolved } from './types';
import { verify } from './verify';

// Priority classes of what must move: critical servers shed first, then over-limit ones, then
// machines that have no process server yet.
const CRITICAL = 0;
const OVER = 1;
const UNASSIGNED = 2;

/**
 * Rebalances a running deployment: the fewest machines moved, then the least churn moved, so
 * every server is within its tier's limits at the chosen headroom and load-critical servers fall
 * back under their warning threshold. Only overloaded or load-critical servers give machines;
 * groups move whole; machines stay in their site. What existing servers can't take goes to the
 * fewest new scale-out servers. `observations` null means no server file.
 */
export function rebalance(
  machines: readonly Machine[],
  observations: readonly ServerObservation[] | null,
  settings: RebalanceSettings,
  rules: RuleSet = asrClassic,
  health: HealthRuleSet = asrClassicHealth,
): Rebalance {
  const h = settings.headroomPercent;
  const d = resolveDeployment(machines, observations, settings, rules, health);
  const { servers, notices } = d;
  if (observations === null) {
    notices.push({ code: 'no-server-file', params: {} });
  }
  const holdings = buildHoldings(
    machines,
    d.assignment,
    d.churn,
    servers.map((s) => s.id),
    notices,
  );
  setTargets(servers, health, h);
  const unresolved: Unresolved[] = [];
  const top = largestTier(rules, rules.scaling.role);
  const pending = shedAll(servers, holdings, top, unresolved, notices);
  for (const item of holdings.unassigned) pending.push({ item, from: -1, cls: UNASSIGNED, home: holdings.home.get(item) });
  const topLimits = limitsOf(top);
  const placement = choosePlacement(pending, receiversOf(servers), topLimits, rules, h);
  const fresh = planNewServers(
    placement.leftover.map((p) => p.item),
    rules,
    h,
  );
  const built = buildMoves(machines, d, placement, fresh, holdings);
  verify(servers, built, fresh.tooBig, machines, d.churn, h, top, unresolved);
  const moved = built.moves;
  return {
    ruleSet: rules.id,
    healthRuleSet: health.id,
    settings: { multiplier: settings.multiplier, growthPercent: settings.growthPercent, headroomPercent: h },
    servers,
    newServers: built.newServers,
    moves: moved,
    unresolved,
    notices,
    summary: summarise(machines.length, servers, moved, built.newServers.length, unresolved.length),
  };
}

// What each server must shed to be within its limits at headroom `h`, and whether it may receive.
function setTargets(servers: DeploymentServer[], health: HealthRuleSet, h: number): void {
  for (const s of servers) {
    const t = shedTarget(s, health, h);
    s.shedReasons = t.reasons;
    s.target = t.target;
    s.overLimits = overLimitsOf(t.reasons);
    s.status = shownStatus(s.health.status, s.overLimits);
  }
  for (const s of servers) s.receiveBlockedBy = receiveBlock(s, health);
}

function summarise(
  machines: number,
  servers: readonly DeploymentServer[],
  moved: Rebalance['moves'],
  newServers: number,
  unresolved: number,
): Rebalance['summary'] {
  const fromServers = moved.filter((m) => m.from !== '').length;
  const withStatus = (status: DeploymentServer['status']) => servers.filter((s) => s.status === status).length;
  return {
    machines,
    servers: servers.length,
    healthy: withStatus('healthy'),
    notMeasured: withStatus('not-measured'),
    warning: withStatus('warning'),
    critical: withStatus('critical'),
    machinesMoved: moved.length,
    machinesMovedFromServers: fromServers,
    unassignedPlaced: moved.length - fromServers,
    churnMovedGBPerDay: moved.reduce((sum, m) => sum + m.churnGBPerDay, 0),
    newServers,
    unresolved,
  };
}

// Each shedding server's cheapest set, or an unresolved entry when no set brings it within target.
function shedAll(
  servers: DeploymentServer[],
  holdings: Holdings,
  top: { maxMachines: number; maxChurnGBPerDay: number },
  unresolved: Unresolved[],
  notices: DeploymentNotice[],
): Pending[] {
  const pending: Pending[] = [];
  servers.forEach((s, i) => {
    if (!s.target) return;
    if (s.before.machines === 0) return void notices.push(idleCritical(s));
    // An item no process server can take would only move to nowhere: it is not a candidate.
    const movable = holdings.byServer[i]!.filter((it) => it.machines <= top.maxMachines && it.churn <= top.maxChurnGBPerDay);
    const pick = cheapestShed(movable, s.before, s.target);
    if (!pick) return void unresolved.push(cannotShed(s, holdings.byServer[i]!.length - movable.length));
    const cls = s.health.status === 'critical' ? CRITICAL : OVER;
    for (const k of pick) pending.push({ item: movable[k]!, from: i, cls });
  });
  return pending;
}

function receiversOf(servers: readonly DeploymentServer[]): Receiver[] {
  return servers.flatMap((s, i): Receiver[] =>
    s.receiveBlockedBy
      ? []
      : [
          {
            server: i,
            site: s.site,
            cap: s.limits,
            load: { ...s.before },
            ref: limitsOf(s.tier),
          },
        ],
  );
}

// Balanced spreads load; when it leaves more for new servers than first-fit does, first-fit wins.
function choosePlacement(pending: Pending[], receivers: Receiver[], top: Capacity, rules: RuleSet, h: number): Placement {
  const balanced = placeBalanced(pending, receivers, top);
  if (balanced.leftover.length === 0) return balanced;
  const tight = placeFirstFit(pending, receivers, top);
  const count = (p: Placement) =>
    newServerCount(
      p.leftover.map((x): Item => x.item),
      rules,
      h,
    );
  return count(tight) < count(balanced) ? tight : balanced;
}

function cannotShed(s: DeploymentServer, immovable: number): Unresolved {
  return {
    server: s.id,
    site: s.site,
    code: 'cannot-shed',
    params: { server: s.id, immovable, target: s.target!, load: s.before, limits: s.limits },
  };
}

function idleCritical(s: DeploymentServer): DeploymentNotice {
  return { code: 'critical-without-load', params: { server: s.id } };
}
