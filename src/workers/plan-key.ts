import type { PlanSettings } from '../core/model';

/** The identity of a plan's settings, for caches on both sides of the worker. */
export function planKey(s: PlanSettings): string {
  return JSON.stringify([s.multiplier, s.growthPercent, s.headroomPercent, s.useConfigServerPs, s.configSite, s.strategy]);
}
