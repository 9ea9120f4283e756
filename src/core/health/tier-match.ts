/** Which sizing tier a running server's hardware corresponds to. */

import { type RuleSet, type ServerRole, type Tier, largestTier, tiersOf } from '../rules';
import { fits, limitsOf, type Capacity } from '../capacity';

/** A server's hardware as reported; any figure may be missing. */
interface ServerSpec {
  vcpu?: number;
  memoryGB?: number;
  cacheGB?: number;
}

/** How a server's tier was found. */
export type TierMatch =
  /** The largest tier whose vCPU, memory and cache the spec meets. */
  | { kind: 'matched'; tier: Tier }
  /** Below the smallest tier; `shortBy` says by how much, per dimension (0 when met). */
  | { kind: 'no-tier'; nearest: Tier; shortBy: { vcpu: number; memoryGB: number; cacheGB: number } }
  /** No usable spec: the smallest tier holding the load at 100 % (or the largest, which doesn't). */
  | { kind: 'assumed'; tier: Tier; holdsLoad: boolean };

/** Matches a complete spec to a tier of `role`; null when vCPU, memory or cache is missing. */
export function matchTier(rules: RuleSet, role: ServerRole, spec: ServerSpec): TierMatch | null {
  const { vcpu, memoryGB, cacheGB } = spec;
  if (vcpu === undefined || memoryGB === undefined || cacheGB === undefined) return null;
  const tiers = tiersOf(rules, role);
  const met = tiers.filter((t) => vcpu >= t.vcpu && memoryGB >= t.memoryGB && cacheGB >= t.cacheGB);
  const best = met[met.length - 1];
  if (best) return { kind: 'matched', tier: best };
  const nearest = tiers[0]!;
  const short = (need: number, have: number) => Math.max(0, need - have);
  return {
    kind: 'no-tier',
    nearest,
    shortBy: { vcpu: short(nearest.vcpu, vcpu), memoryGB: short(nearest.memoryGB, memoryGB), cacheGB: short(nearest.cacheGB, cacheGB) },
  };
}

/** The smallest tier of `role` that holds `load` at its published limits, else the largest. */
export function assumeTier(rules: RuleSet, role: ServerRole, load: Capacity): TierMatch & { kind: 'assumed' } {
  const t = tiersOf(rules, role).find((x) => fits(load, limitsOf(x)));
  return t ? { kind: 'assumed', tier: t, holdsLoad: true } : { kind: 'assumed', tier: largestTier(rules, role), holdsLoad: false };
}

/** The tier whose limits apply: the matched or assumed one, or the nearest when none matches. */
export function limitTier(m: TierMatch): Tier {
  return m.kind === 'no-tier' ? m.nearest : m.tier;
}
