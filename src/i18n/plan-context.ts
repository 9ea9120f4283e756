import { ruleSetById, type RuleSet, tiersOf } from '../core/rules';
import type { DriverContext } from './messages/drivers.en';

/**
 * What the sentences about a plan need from its rule set: the scaling role they name ("scale-out
 * server", "appliance") and the built-in share's published figures. Plans' codes and parameters
 * stay as they are; this is added where they are put into words.
 */
export function planContext(ruleSetId: string): DriverContext {
  const rules = ruleSetById(ruleSetId);
  const share = rules.builtIn?.share;
  return { role: rules.scaling.role, share: share ? { machines: share.machines.value, churnGBPerDay: share.churnGBPerDay.value } : null };
}

/**
 * What "Every appliance is sized APP-16 …; Microsoft's minimum hardware … is shown, not used" says,
 * for a rule set with one sizing row and a published minimum; null otherwise.
 */
export function minimumHardwareParams(rules: RuleSet) {
  const m = rules.minimumHardware;
  const tiers = tiersOf(rules, rules.scaling.role);
  const tier = tiers[0];
  if (!m || !tier || tiers.length !== 1) return null;
  return {
    role: rules.scaling.role,
    tier: tier.id,
    vcpu: tier.vcpu,
    memoryGB: tier.memoryGB,
    cacheGB: tier.cacheGB,
    cores: m.cores,
    minMemoryGB: m.memoryGB,
    disksGB: [...m.disksGB],
    os: m.os,
  };
}

export type { DriverContext as PlanContext };
