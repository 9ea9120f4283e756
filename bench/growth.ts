import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS } from '../src/core/model';
import { plan } from '../src/core/planner';
import { realisticInventory } from '../test/support/random-inventory';

/*
 * How planning time grows with the number of machines. Planning is sorting plus heap and tree
 * operations (n·log n) over a bounded number of packing passes. On Node's default heap, time per
 * machine still rises past ~20k machines: one plan's short-lived objects outgrow V8's young
 * generation (16 MB) and are copied to the old one. The second figure runs the same measurement
 * in a child Node with a 64 MB young generation, which takes that copying out and leaves the
 * algorithm's own growth.
 */

const SIZES = [10_000, 20_000, 50_000, 100_000];

/**
 * The fitted exponent of planning time against machine count (slope of log time on log n), in
 * this process. At each size: five estates (how many packing passes an estate needs varies, up to
 * a fixed bound), each timed by its fastest of five runs, and the median of the five.
 */
export function growthExponent(sizes: number[] = SIZES): number {
  const points = sizes.map((n) => {
    const times = [1, 2, 3, 4, 5].map((seed) => {
      const machines = realisticInventory(seed, { machines: n, sites: 2, medianChurnGB: 8, groupedShare: 0.1 });
      plan(machines, DEFAULT_SETTINGS);
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        plan(machines, DEFAULT_SETTINGS);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    });
    return { x: Math.log(n), y: Math.log(times.sort((a, b) => a - b)[2]!) };
  });
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  return points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
}

/** The same exponent measured in a child Node whose young generation holds one plan's garbage. */
export function growthExponentWithRoomyHeap(): number {
  const out = execFileSync(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', fileURLToPath(import.meta.url)], {
    encoding: 'utf8',
  });
  return Number(out.trim());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(String(growthExponent()));
