import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type PlanSettings } from '../../src/core/model';
import { planDocument } from '../../src/core/plan-document';
import { plan } from '../../src/core/planner';
import { alternativeOf, alternativeSettings } from '../../src/workers/alternative';
import { createPlanCache, likelyNext } from '../../src/workers/plan-cache';
import { planKey } from '../../src/workers/plan-key';
import { fleet } from '../support/machines';

const s = (over: Partial<PlanSettings>): PlanSettings => ({ ...DEFAULT_SETTINGS, ...over });

describe('guessing where a drag goes', () => {
  it('continues a slider’s last move one, two and three steps, on the slider’s own step', () => {
    expect(likelyNext(s({ headroomPercent: 90 }), s({ headroomPercent: 89 })).map((g) => g.headroomPercent)).toEqual([88, 87, 86]);
    expect(likelyNext(s({ multiplier: 1 }), s({ multiplier: 1.05 })).map((g) => g.multiplier)).toEqual([1.1, 1.15, 1.2]);
    expect(likelyNext(s({ growthPercent: 10 }), s({ growthPercent: 13 })).map((g) => g.growthPercent)).toEqual([16, 19, 22]);
  });

  it('stops at the slider’s ends', () => {
    expect(likelyNext(s({ headroomPercent: 52 }), s({ headroomPercent: 51 })).map((g) => g.headroomPercent)).toEqual([50]);
  });

  it('guesses one step either way on every slider when nothing is moving', () => {
    const g = likelyNext(null, DEFAULT_SETTINGS);
    expect(g).toContainEqual(s({ multiplier: 1.05 }));
    expect(g).toContainEqual(s({ multiplier: 0.95 }));
    expect(g).toContainEqual(s({ growthPercent: 1 }));
    expect(g).toContainEqual(s({ headroomPercent: 99 }));
    expect(g.every((x) => x.growthPercent >= 0 && x.headroomPercent <= 100)).toBe(true);
  });

  it('does not guess along a slider when a non-slider setting changed too', () => {
    const g = likelyNext(s({ headroomPercent: 90 }), s({ headroomPercent: 89, strategy: 'least-vcpu' }));
    expect(g.every((x) => x.strategy === 'least-vcpu')).toBe(true);
    expect(g.some((x) => x.headroomPercent === 88 && x.multiplier === 1)).toBe(true);
  });
});

describe('plan cache', () => {
  const doc = planDocument(plan(fleet(10, 1), DEFAULT_SETTINGS), 10, []);

  it('finds a plan by equal settings, not by identity', () => {
    const cache = createPlanCache(() => 10);
    cache.put(s({ headroomPercent: 80 }), doc);
    expect(cache.get(s({ headroomPercent: 80 }))?.document.summary).toEqual(doc.summary);
    expect(cache.get(s({ headroomPercent: 81 }))).toBeUndefined();
  });

  it('keeps fewer plans for big inventories, dropping the least recently used', () => {
    const cache = createPlanCache(() => 500_000);
    for (let h = 50; h <= 60; h++) cache.put(s({ headroomPercent: h }), doc);
    expect(cache.has(s({ headroomPercent: 50 }))).toBe(false);
    expect(cache.has(s({ headroomPercent: 60 }))).toBe(true);
    expect([...Array(11).keys()].filter((i) => cache.has(s({ headroomPercent: 50 + i })))).toHaveLength(4);
  });
});

describe('the cache key (issue 11: the rule set was left out of it)', () => {
  it('tells apart settings that differ in any field, the rule set included', () => {
    const cache = createPlanCache(() => 10);
    cache.put(s({ ruleSet: 'asr-classic' }), planDocument(plan(fleet(10, 1), DEFAULT_SETTINGS), 10, []));
    expect(cache.has(s({ ruleSet: 'asr-modernized' }))).toBe(false);
    // `link` is optional (absent by default), so it is listed by hand.
    const fields = [...Object.keys(DEFAULT_SETTINGS), 'link'] as (keyof PlanSettings)[];
    const changed: Record<keyof PlanSettings, unknown> = {
      multiplier: 2,
      growthPercent: 30,
      headroomPercent: 70,
      useConfigServerPs: false,
      configSite: 'Seoul',
      strategy: 'least-vcpu',
      churnRatePercent: 3,
      ruleSet: 'asr-modernized',
      link: { allSitesMbps: 100, siteMbps: {}, irGoalHours: 72 },
    };
    for (const f of fields) expect(planKey({ ...DEFAULT_SETTINGS, [f]: changed[f] }), f).not.toBe(planKey(DEFAULT_SETTINGS));
  });

  it('tells apart links that differ only in one site or the goal', () => {
    const link = { allSitesMbps: 100, siteMbps: { Seoul: 50 }, irGoalHours: 72 };
    const key = planKey(s({ link }));
    expect(planKey(s({ link: { ...link, siteMbps: { Seoul: 60 } } }))).not.toBe(key);
    expect(planKey(s({ link: { ...link, irGoalHours: 48 } }))).not.toBe(key);
    expect(planKey(s({ link: { ...link, siteMbps: { Seoul: 50 } } }))).toBe(key);
  });

  it('does not depend on the order the fields were written in', () => {
    const reversed = Object.fromEntries(Object.entries(DEFAULT_SETTINGS).reverse()) as unknown as PlanSettings;
    expect(planKey(reversed)).toBe(planKey(DEFAULT_SETTINGS));
  });

  it('does not guess along a slider across a change of rule set', () => {
    const g = likelyNext(s({ headroomPercent: 90 }), s({ headroomPercent: 89, ruleSet: 'asr-modernized' }));
    expect(g.every((x) => x.ruleSet === 'asr-modernized')).toBe(true);
    expect(g.map((x) => x.headroomPercent)).not.toEqual([88, 87, 86]);
  });
});

describe('the successor plan beside a classic one', () => {
  it('asks the successor rule set for classic, nothing for a rule set without one', () => {
    expect(alternativeSettings(s({ ruleSet: 'asr-classic', headroomPercent: 70 }))).toEqual(
      s({ ruleSet: 'asr-modernized', headroomPercent: 70 }),
    );
    expect(alternativeSettings(s({ ruleSet: 'asr-modernized' }))).toBeNull();
  });

  it('answers with the successor plan’s size, for the settings it was asked for', () => {
    const machines = fleet(450, 2);
    const settings = s({});
    const alt = alternativeSettings(settings)!;
    const a = alternativeOf(settings, planDocument(plan(machines, alt), machines.length, []));
    expect(a).toEqual({ ruleSet: 'asr-modernized', servers: 3, lowerBound: 3, forKey: planKey(settings) });
  });
});
