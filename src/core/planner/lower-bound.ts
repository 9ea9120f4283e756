import type { Limits } from '../rules/tiers';

// Ratios like 4096 / 2048 must not round up to 3 because of an ulp.
const ceilRatio = (x: number, cap: number) => (x <= 0 ? 0 : Math.ceil(x / cap - 1e-9));

/**
 * The trivial lower bound on scale-out servers for a site (docs/rules.md#lower-bound): the load beyond the
 * configuration server's built-in share (`share`, null when it does not replicate here), divided by
 * the largest scale-out tier's limits, in whichever dimension needs more.
 */
export function lowerBound(load: Limits, share: Limits | null, largest: Limits): number {
  const overMachines = load.machines - (share?.machines ?? 0);
  const overChurn = load.churnGBPerDay - (share?.churnGBPerDay ?? 0);
  return Math.max(ceilRatio(overMachines, largest.machines), ceilRatio(overChurn, largest.churnGBPerDay));
}
