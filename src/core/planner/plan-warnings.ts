import type { PlannedServer, PlanSettings, PlanWarning, SitePlan } from '../model';
import type { RuleSet } from '../rules';
import { PRESETS } from '../settings';
import { atLeast } from '../capacity';
import { roundTo } from '../units';

/** Warnings about the plan as a whole: sites above their lower bound, servers near a limit, estates past a configuration server. */
export function planWarnings(
  sites: readonly SitePlan[],
  servers: readonly PlannedServer[],
  settings: PlanSettings,
  rules: RuleSet,
): PlanWarning[] {
  const out: PlanWarning[] = [];
  for (const s of sites) if (s.scaleOutServers > s.lowerBound) out.push(aboveLowerBound(s));
  const near = nearLimitWarning(servers, settings, rules);
  if (near) out.push(near);
  const capacity = configurationServerWarning(servers, rules);
  if (capacity) out.push(capacity);
  return out;
}

function aboveLowerBound(s: SitePlan): PlanWarning {
  return { code: 'above-lower-bound', params: { site: s.site, servers: s.scaleOutServers, lowerBound: s.lowerBound } };
}

// The fuller of a server's two limits, as a share of the tier's published figure.
const fullest = (s: PlannedServer) =>
  s.utilisation.machines >= s.utilisation.churn
    ? { limit: 'machines' as const, share: s.utilisation.machines }
    : { limit: 'churn' as const, share: s.utilisation.churn };

/**
 * One warning when any server is at or above the rule set's near-limit share of a published limit
 * (machines or churn): with no headroom and no growth a plan fills servers to 99–100 %, which
 * leaves nothing for peaks or growth. Names the fullest server and the two remedies the sources
 * give: the troubleshooting guide's headroom and the Deployment Planner's growth.
 */
function nearLimitWarning(servers: readonly PlannedServer[], settings: PlanSettings, rules: RuleSet): PlanWarning | null {
  const rule = rules.nearLimit;
  if (!rule) return null;
  const near = servers.map((s) => ({ s, ...fullest(s) })).filter((x) => atLeast(x.share, rule.share));
  if (near.length === 0) return null;
  const worst = near.reduce((a, b) => (b.share > a.share ? b : a));
  const params = {
    servers: near.length,
    server: worst.s.id,
    limit: worst.limit,
    percent: roundTo(worst.share * 100, 1),
    thresholdPercent: roundTo(rule.share * 100, 1),
    headroomPercent: settings.headroomPercent,
    growthPercent: settings.growthPercent,
    suggestedHeadroomPercent: PRESETS.troubleshootingHeadroomPercent,
    suggestedGrowthPercent: PRESETS.deploymentPlannerGrowthPercent,
  };
  return { code: 'near-limit', params };
}

/**
 * A classic estate protecting more machines than one configuration server manages in Microsoft's
 * later guidance (the largest figure of the rule set's editions): the plan still sizes one.
 */
function configurationServerWarning(servers: readonly PlannedServer[], rules: RuleSet): PlanWarning | null {
  const editions = rules.configurationServerMachines;
  const upper = editions?.[0];
  const lower = editions?.[editions.length - 1];
  if (!upper || !lower) return null;
  const machines = servers.reduce((n, s) => n + s.machineCount, 0);
  if (machines <= upper.value) return null;
  const params = {
    machines,
    limit: upper.value,
    limitYear: Number(upper.source.docDate.slice(0, 4)),
    limitSource: upper.source.title,
    lowerLimit: lower.value,
    lowerLimitYear: Number(lower.source.docDate.slice(0, 4)),
    lowerLimitSource: lower.source.title,
    configurationServers: Math.ceil(machines / upper.value),
    configurationServersAtLowerLimit: Math.ceil(machines / lower.value),
  };
  return { code: 'configuration-server-capacity', params };
}
