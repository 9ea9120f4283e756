import { fits, tierCapacity, type Capacity } from '../capacity';
import type { RuleSet, ServerRole, Tier } from './rule-set';

/** The tiers of one role, fewest vCPU first. */
export function tiersOf(rules: RuleSet, role: ServerRole): Tier[] {
  return rules.tiers.filter((t) => t.role === role).sort((a, b) => a.vcpu - b.vcpu);
}

/** The largest tier of a role (the one scale-out and placement limits derive from). */
export function largestTier(rules: RuleSet, role: ServerRole): Tier {
  const tiers = tiersOf(rules, role);
  const last = tiers[tiers.length - 1];
  if (!last) throw new Error(`rule set ${rules.id} has no ${role} tier`);
  return last;
}

/** The smallest tier (fewest vCPU) of `role` whose headroom-scaled limits hold `load`, or null. */
export function smallestFittingTier(rules: RuleSet, role: ServerRole, load: Capacity, headroomPercent: number): Tier | null {
  return tiersOf(rules, role).find((t) => fits(load, tierCapacity(t, headroomPercent))) ?? null;
}
