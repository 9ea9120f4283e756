import type { PlanSettings } from '../core/model';

/**
 * The identity of a plan's settings, for caches on both sides of the worker: every field of the
 * parsed settings, in name order, so no setting (the rule set, or one added later) can be left out.
 */
export function planKey(s: PlanSettings): string {
  const fields = s as unknown as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(fields)
      .sort()
      .map((k) => [k, fields[k]]),
  );
}
