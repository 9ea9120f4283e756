import type { RuleSet, ServerRole, Tier } from './rule-set';

/** A server's capacity: machines and churn it may take. */
export interface Limits {
  machines: number;
  churnGBPerDay: number;
}

/** A server's load. */
export interface Load {
  machines: number;
  churnGBPerDay: number;
}

// Churn sums are floating point; a load that equals a limit on paper may exceed it by an ulp.
const CHURN_EPSILON = 1e-9;

/** A tier's limits scaled by headroom: churn × h, machines floor(limit × h). */
export function scaledLimits(tier: Tier, headroomPercent: number): Limits {
  return {
    // Multiply before dividing so integral percentages stay exact (200 × 70 / 100 = 140, not 139.99…).
    machines: Math.floor((tier.maxMachines * headroomPercent) / 100 + 1e-9),
    churnGBPerDay: (tier.maxChurnGBPerDay * headroomPercent) / 100,
  };
}

/** True when `load` is within `limits` (inclusive at the top). */
export function fits(load: Load, limits: Limits): boolean {
  return load.machines <= limits.machines && load.churnGBPerDay <= limits.churnGBPerDay * (1 + CHURN_EPSILON) + CHURN_EPSILON;
}

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
export function smallestFittingTier(rules: RuleSet, role: ServerRole, load: Load, headroomPercent: number): Tier | null {
  return tiersOf(rules, role).find((t) => fits(load, scaledLimits(t, headroomPercent))) ?? null;
}
