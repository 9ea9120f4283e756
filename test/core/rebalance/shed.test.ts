import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheapestShed } from '../../../src/core/rebalance';

type Sheddable = Parameters<typeof cheapestShed>[0][number];

const EPS = 1e-9;

// Every subset, cheapest first: fewest machines, then least churn.
function bruteForce(
  items: Sheddable[],
  load: { machines: number; churnGBPerDay: number },
  target: { machines: number; churnGBPerDay: number },
) {
  let best: { m: number; c: number } | null = null;
  for (let mask = 0; mask < 1 << items.length; mask++) {
    let m = 0;
    let c = 0;
    items.forEach((it, i) => {
      if (mask & (1 << i)) {
        m += it.machines;
        c += it.churn;
      }
    });
    const ok = load.machines - m <= target.machines && load.churnGBPerDay - c <= target.churnGBPerDay * (1 + EPS) + EPS;
    if (ok && (!best || m < best.m || (m === best.m && c < best.c - 1e-9))) best = { m, c };
  }
  return best;
}

const itemsArb = fc.array(fc.record({ machines: fc.integer({ min: 1, max: 6 }), churn: fc.double({ min: 0, max: 300, noNaN: true }) }), {
  minLength: 0,
  maxLength: 12,
});

describe('cheapestShed', () => {
  it('sheds nothing from a server within its target', () => {
    expect(
      cheapestShed([{ machines: 1, churn: 5 }], { machines: 150, churnGBPerDay: 1024 }, { machines: 150, churnGBPerDay: 1024 }),
    ).toEqual([]);
  });

  it('machine limit only: the fewest machines, and of those the least churn', () => {
    const items = [5, 1, 9, 2, 7].map((churn) => ({ machines: 1, churn }));
    // 5 machines against a limit of 3: two must go, the two quietest.
    expect(cheapestShed(items, { machines: 5, churnGBPerDay: 24 }, { machines: 3, churnGBPerDay: 1000 })).toEqual([1, 3]);
  });

  it('churn limit: one big machine beats several small ones', () => {
    const items = [
      { machines: 1, churn: 10 },
      { machines: 1, churn: 10 },
      { machines: 1, churn: 10 },
      { machines: 1, churn: 40 },
    ];
    expect(cheapestShed(items, { machines: 4, churnGBPerDay: 70 }, { machines: 150, churnGBPerDay: 40 })).toEqual([3]);
  });

  it('a group moves whole, so a single machine may be cheaper than a group', () => {
    const items = [
      { machines: 4, churn: 100 },
      { machines: 1, churn: 60 },
      { machines: 1, churn: 50 },
    ];
    expect(cheapestShed(items, { machines: 6, churnGBPerDay: 210 }, { machines: 150, churnGBPerDay: 100 })).toEqual([1, 2]);
  });

  it('null when even every candidate is not enough', () => {
    expect(cheapestShed([{ machines: 1, churn: 5 }], { machines: 10, churnGBPerDay: 5 }, { machines: 8, churnGBPerDay: 100 })).toBeNull();
  });

  it('a huge server (greedy path, beyond the exact search) still sheds a feasible, irreducible set', () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({ machines: 1, churn: (i % 17) + 0.5 }));
    const load = { machines: 3000, churnGBPerDay: items.reduce((s, i) => s + i.churn, 0) };
    const target = { machines: 2800, churnGBPerDay: load.churnGBPerDay - 4000 };
    const got = cheapestShed(items, load, target)!;
    const c = got.reduce((s, i) => s + items[i]!.churn, 0);
    expect(got.length).toBeGreaterThanOrEqual(200);
    expect(c).toBeGreaterThanOrEqual(4000 - 1e-6);
    expect(c - Math.min(...got.map((i) => items[i]!.churn))).toBeLessThan(4000); // or a lighter one would have been dropped
  });

  it('matches a brute-force minimum machine count; exact least churn when only machines bind', () => {
    fc.assert(
      fc.property(
        itemsArb,
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 1500, noNaN: true }),
        fc.boolean(),
        (items, tm, tc, machinesOnly) => {
          const load = { machines: items.reduce((s, i) => s + i.machines, 0), churnGBPerDay: items.reduce((s, i) => s + i.churn, 0) };
          const target = { machines: tm, churnGBPerDay: machinesOnly ? load.churnGBPerDay + 1 : tc };
          const brute = bruteForce(items, load, target);
          const got = cheapestShed(items, load, target);
          if (!brute) return expect(got).toBeNull();
          expect(got).not.toBeNull();
          const m = got!.reduce((s, i) => s + items[i]!.machines, 0);
          const c = got!.reduce((s, i) => s + items[i]!.churn, 0);
          expect(m).toBe(brute.m);
          // Feasible: the rest fits the target.
          expect(load.machines - m).toBeLessThanOrEqual(target.machines);
          expect(load.churnGBPerDay - c).toBeLessThanOrEqual(target.churnGBPerDay * (1 + EPS) + 1e-6);
          // Least churn among those: exact (small cases never exhaust the search).
          expect(c).toBeLessThanOrEqual(brute.c + 1e-6);
          // Nothing superfluous: without any one item the server would stay over.
          for (const i of got!) {
            const rm = load.machines - m + items[i]!.machines;
            const rc = load.churnGBPerDay - c + items[i]!.churn;
            expect(rm > target.machines || rc > target.churnGBPerDay * (1 + EPS) + EPS).toBe(true);
          }
        },
      ),
      { numRuns: 600, seed: 20261123 },
    );
  });
});
