import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type PlanSettings } from '../../src/core/model';
import { likelyNext } from '../../src/workers/plan-cache';
import { planKey } from '../../src/workers/plan-key';

// Settings with a field the planner may gain later: nothing here lists fields.
const withFuture = (over: Record<string, unknown>) => ({ ...DEFAULT_SETTINGS, ...over }) as PlanSettings;

describe('the plan key', () => {
  it('is the whole settings object, whatever order its keys come in', () => {
    const reversed = Object.fromEntries(Object.entries(DEFAULT_SETTINGS).reverse()) as unknown as PlanSettings;
    expect(planKey(reversed)).toBe(planKey(DEFAULT_SETTINGS));
  });

  it('tells apart settings that differ in any field, one added later too, at any depth', () => {
    const keys = [
      DEFAULT_SETTINGS,
      withFuture({ future: 'a' }),
      withFuture({ future: 'b' }),
      withFuture({ extra: { a: 1, b: [1, 2] } }),
      withFuture({ extra: { a: 1, b: [2, 1] } }),
      withFuture({ configSite: 'Seoul' }),
    ].map(planKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(planKey(withFuture({ extra: { b: [1, 2], a: 1 } }))).toBe(keys[3]);
  });

  it('treats an absent field and an undefined one alike', () => {
    expect(planKey(withFuture({ future: undefined }))).toBe(planKey(DEFAULT_SETTINGS));
  });

  it('keeps a drag guess from following a slider when a setting added later changed too', () => {
    const prev = withFuture({ future: 'a', headroomPercent: 90 });
    const cur = withFuture({ future: 'b', headroomPercent: 89 });
    // Not 88, 87, 86 along the slider: one step either way on every slider instead.
    expect(likelyNext(prev, cur).length).toBeGreaterThan(3);
    expect(
      likelyNext(withFuture({ future: 'a', headroomPercent: 90 }), withFuture({ future: 'a', headroomPercent: 89 })).map(
        (g) => g.headroomPercent,
      ),
    ).toEqual([88, 87, 86]);
  });
});
