import type { PlanSettings } from './model';

/** The factor every machine's churn is multiplied by: multiplier × (1 + growth). */
export function churnFactor(settings: Pick<PlanSettings, 'multiplier' | 'growthPercent'>): number {
  return settings.multiplier * (1 + settings.growthPercent / 100);
}
