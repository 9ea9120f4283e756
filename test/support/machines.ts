import type { Machine, PlanSettings } from '../../src/core/model';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { asrClassic } from '../../src/core/rules/asr-classic';
import type { Tier } from '../../src/core/rules/rule-set';

/** `count` machines of `churnEach` GB/day, named `${prefix}-1…`, in one site and group. */
export function fleet(count: number, churnEach: number, opts: { site?: string; group?: string; prefix?: string } = {}): Machine[] {
  const prefix = opts.prefix ?? `${opts.site || 'vm'}${opts.group ? `-${opts.group}` : ''}`;
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}-${i + 1}`,
    dailyChurnGB: churnEach,
    site: opts.site ?? '',
    group: opts.group ?? '',
  }));
}

/** Settings with overrides. */
export function settings(over: Partial<PlanSettings> = {}): PlanSettings {
  return { ...DEFAULT_SETTINGS, ...over };
}

/** Settings with the built-in process server off, so every machine lands on a scale-out server. */
export const scaleOutOnly = (over: Partial<PlanSettings> = {}) => settings({ useConfigServerPs: false, ...over });

/** A tier of the `asr-classic` rule set by id (`PS-12`, `CS-8`, …). */
export function classicTier(id: string): Tier {
  const tier = asrClassic.tiers.find((t) => t.id === id);
  if (!tier) throw new Error(`asr-classic has no tier ${id}`);
  return tier;
}
