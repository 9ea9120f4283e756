import { ceilRatio, type Capacity } from '../capacity';

/**
 * The trivial lower bound on scale-out servers for a site (docs/rules.md#lower-bound): the load beyond the
 * configuration server's built-in share (`share`, null when it does not replicate here), divided by
 * the largest scale-out tier's limits, in whichever dimension needs more.
 */
export function lowerBound(load: Capacity, share: Capacity | null, largest: Capacity): number {
  const overMachines = load.machines - (share?.machines ?? 0);
  const overChurn = load.churnGBPerDay - (share?.churnGBPerDay ?? 0);
  return Math.max(ceilRatio(overMachines, largest.machines), ceilRatio(overChurn, largest.churnGBPerDay));
}
