import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillWaves, MBIT_PER_GB, waveCapacityGB, type SeedItem } from '../../../src/core/network';
import { referenceWaves } from '../../support/reference-network';

const item = (name: string, gb: number, mbps = 0): SeedItem => ({ machines: [name], gb, mbps });
// 100 Mbit/s for 1 hour copies 100 × 3600 / 8192 GB.
const perHourAt = (mbps: number) => (mbps * 3600) / MBIT_PER_GB;

describe('initial replication waves (docs/rules.md#initial-replication-waves)', () => {
  it('a wave holds what the free link copies in the goal: goal × 3600 × free / (8 × 1024) GB', () => {
    expect(waveCapacityGB(72, 100)).toBeCloseTo((72 * 3600 * 100) / 8192, 9);
    const cap = waveCapacityGB(10, 100);
    const { waves, blocked } = fillWaves([item('a', cap / 2), item('b', cap / 2), item('c', 1)], 100, 10);
    expect(blocked).toEqual([]);
    expect(waves.map((w) => w.machines)).toEqual([['a', 'b'], ['c']]);
    expect(waves[0]!.hours).toBeCloseTo(10, 9);
    expect(waves[1]!.hours).toBeCloseTo(1 / perHourAt(100), 9);
  });

  it('shrinks each wave by the churn of the machines already protected', () => {
    const cap = waveCapacityGB(10, 100);
    // a churns 40 Mbit/s once protected: the second wave has 60 Mbit/s.
    const { waves } = fillWaves([item('a', cap, 40), item('b', waveCapacityGB(10, 60)), item('c', 1)], 100, 10);
    expect(waves.map((w) => w.machines)).toEqual([['a'], ['b'], ['c']]);
    expect(waves[1]!.freeMbps).toBe(60);
    expect(waves[1]!.hours).toBeCloseTo(10, 9);
  });

  it('takes smaller items into a wave that the next larger one would overfill', () => {
    const cap = waveCapacityGB(10, 100);
    const { waves } = fillWaves([item('big', cap * 0.7), item('mid', cap * 0.5), item('small', cap * 0.3)], 100, 10);
    expect(waves.map((w) => w.machines)).toEqual([['big', 'small'], ['mid']]);
  });

  it('puts an item bigger than a wave in a wave of its own, with its hours', () => {
    const cap = waveCapacityGB(72, 100);
    const { waves } = fillWaves([item('small', 10), item('huge', cap * 3)], 100, 72);
    expect(waves[0]!.machines).toEqual(['huge']);
    expect(waves[0]!.hours).toBeCloseTo(216, 9);
    expect(waves[1]!.machines).toEqual(['small']);
  });

  it('keeps a group whole: its machines travel as one item', () => {
    const cap = waveCapacityGB(10, 100);
    const group: SeedItem = { machines: ['g1', 'g2', 'g3'], gb: cap * 0.6, mbps: 0 };
    const { waves } = fillWaves([item('x', cap * 0.5), group, item('y', cap * 0.4)], 100, 10);
    expect(waves.map((w) => w.machines)).toEqual([['g1', 'g2', 'g3', 'y'], ['x']]);
  });

  it('with a link equal to the first wave’s churn, no further wave fits: says so and stops', () => {
    const { waves } = fillWaves([item('a', 100, 100), item('b', 50, 1), item('c', 10, 1)], 100, 72);
    expect(waves.map((w) => w.machines)).toEqual([['a', 'b', 'c']]);
    const stopped = fillWaves([item('a', waveCapacityGB(72, 100), 100), item('b', 50, 1), item('c', 10, 1)], 100, 72);
    expect(stopped.waves.map((w) => w.machines)).toEqual([['a']]);
    expect(stopped.blocked).toEqual(['b', 'c']);
  });

  it('with a link below the churn of the first wave, stops after it (never loops)', () => {
    const many = Array.from({ length: 1000 }, (_, i) => item(`m${i}`, waveCapacityGB(1, 10) * 0.9, 50));
    const { waves, blocked } = fillWaves(many, 10, 1);
    expect(waves).toHaveLength(1);
    expect(blocked).toHaveLength(999);
  });

  it('has no waves for no items, and seeds empty machines at once', () => {
    expect(fillWaves([], 100, 72)).toEqual({ waves: [], blocked: [] });
    const { waves } = fillWaves([item('empty', 0), item('z', 0)], 100, 72);
    expect(waves).toEqual([{ machines: ['empty', 'z'], gb: 0, hours: 0, freeMbps: 100 }]);
  });

  it('orders equal sizes by name, whatever the input order', () => {
    const a = fillWaves([item('b', 5), item('a', 5), item('c', 5)], 1, 1);
    expect(a.waves.flatMap((w) => w.machines)).toEqual(['a', 'b', 'c']);
  });
});

const items = fc
  .array(
    fc.record({
      gb: fc.oneof(fc.double({ min: 0, max: 5000, noNaN: true }), fc.integer({ min: 0, max: 3000 })),
      mbps: fc.double({ min: 0, max: 30, noNaN: true }),
      size: fc.integer({ min: 1, max: 4 }),
    }),
    { maxLength: 120 },
  )
  .map((xs) => xs.map((x, i): SeedItem => ({ machines: Array.from({ length: x.size }, (_, k) => `m${i}-${k}`), gb: x.gb, mbps: x.mbps })));

describe('wave properties (seeded)', () => {
  const params = { seed: 15, numRuns: 300 };
  it('every machine with a size is in exactly one wave, or listed as not seeded; waves keep their capacity but for one oversize item', () => {
    fc.assert(
      fc.property(items, fc.double({ min: 1, max: 2000, noNaN: true }), fc.integer({ min: 1, max: 200 }), (its, link, goal) => {
        const { waves, blocked } = fillWaves(its, link, goal);
        const all = its.flatMap((i) => i.machines).sort();
        expect([...waves.flatMap((w) => w.machines), ...blocked].sort()).toEqual(all);
        let churn = 0;
        for (const w of waves) {
          const cap = waveCapacityGB(goal, link - churn);
          expect(link - churn).toBeGreaterThan(0);
          const oneItem = its.some((i) => i.machines.length === w.machines.length && i.machines.every((n, k) => n === w.machines[k]));
          if (w.gb > cap * (1 + 1e-12)) expect(oneItem).toBe(true);
          churn += its.filter((i) => w.machines.includes(i.machines[0]!)).reduce((s, i) => s + i.mbps, 0);
        }
        // Stopped only because earlier waves' churn reached the link.
        if (blocked.length > 0) expect(churn).toBeGreaterThanOrEqual(link);
      }),
      params,
    );
  });

  it('agrees with the independent computation in test/support', () => {
    fc.assert(
      fc.property(items, fc.double({ min: 1, max: 2000, noNaN: true }), fc.integer({ min: 1, max: 200 }), (its, link, goal) => {
        const mine = fillWaves(its, link, goal);
        const ref = referenceWaves(its, link, goal);
        expect(mine.waves.map((w) => w.machines)).toEqual(ref.waves.map((w) => w.machines));
        expect(mine.blocked).toEqual(ref.notSeeded);
        mine.waves.forEach((w, i) => expect(w.hours).toBeCloseTo(ref.waves[i]!.hours, 6));
      }),
      params,
    );
  });
});
