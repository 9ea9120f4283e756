import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { plan } from '../../../src/core/planner';
import { randomShape, realisticInventory, rng } from '../../support/random-inventory';
import { balancedFirstFit } from '../../support/reference-first-fit';

// 150 seeded estates of 20–8 000 machines, 1–3 sites, groups, at full and at 70 % headroom.
const cases = (() => {
  const r = rng(2026);
  return Array.from({ length: 150 }, (_, k) => {
    const shape = randomShape(r);
    return realisticInventory(10_000 + k, { ...shape, machines: Math.min(shape.machines, 8000) });
  });
})();

describe('plan quality on realistic inventories (docs/rules.md#lower-bound)', () => {
  it('meets the lower bound on at least 99 % of sites', () => {
    let sites = 0;
    let atBound = 0;
    for (const machines of cases) {
      for (const headroomPercent of [100, 70]) {
        for (const s of plan(machines, { ...DEFAULT_SETTINGS, headroomPercent }).sites) {
          sites++;
          if (s.scaleOutServers === s.lowerBound) atBound++;
        }
      }
    }
    expect(sites).toBeGreaterThan(400);
    expect(atBound / sites).toBeGreaterThanOrEqual(0.99);
  });

  it('never needs more vCPU or more servers than a simple balanced first-fit', () => {
    for (const machines of cases) {
      for (const headroomPercent of [100, 70]) {
        const s = { ...DEFAULT_SETTINGS, headroomPercent };
        const p = plan(machines, s);
        const ref = balancedFirstFit(machines, s);
        expect(p.servers.reduce((n, x) => n + x.vcpu, 0)).toBeLessThanOrEqual(ref.vcpu);
        expect(p.servers.length - 1).toBeLessThanOrEqual(ref.servers);
      }
    }
  });
});
