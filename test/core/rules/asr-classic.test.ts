import { describe, expect, it } from 'vitest';
import { asrClassic } from '../../../src/core/rules/asr-classic';
import { fits, tierCapacity } from '../../../src/core/capacity';
import { smallestFittingTier, tiersOf } from '../../../src/core/rules/tiers';
import { classicTier } from '../../support/machines';

describe('rule set asr-classic (docs/rules.md#classic-tiers)', () => {
  it('holds the published tier table, row by row', () => {
    const rows = asrClassic.tiers.map((t) => [
      t.id,
      t.vcpu,
      t.sockets,
      t.coresPerSocket,
      t.ghz,
      t.memoryGB,
      t.cacheGB,
      t.maxChurnGBPerDay,
      t.maxMachines,
    ]);
    expect(rows).toEqual([
      ['PS-4', 4, 2, 2, 2.5, 8, 300, 250, 85],
      ['PS-8', 8, 2, 4, 2.5, 12, 600, 1024, 150],
      ['PS-12', 12, 2, 6, 2.5, 24, 1024, 2048, 225],
      ['CS-8', 8, 2, 4, 2.5, 16, 300, 500, 99],
      ['CS-12', 12, 2, 6, 2.5, 18, 600, 1024, 150],
      ['CS-16', 16, 2, 8, 2.5, 32, 1024, 2048, 200],
    ]);
  });

  it('cites a source with an ISO doc date on every row and limit', () => {
    const sources = [
      ...asrClassic.tiers.map((t) => t.source),
      asrClassic.builtIn!.share.machines.source,
      asrClassic.builtIn!.share.churnGBPerDay.source,
      asrClassic.peakChurnLimitMBps.source,
    ];
    for (const s of sources) {
      expect(s.title).not.toBe('');
      expect(s.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      expect(s.docDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has vCPU = sockets × cores and limits that grow with vCPU', () => {
    for (const role of ['scale-out', 'configuration'] as const) {
      const ts = tiersOf(asrClassic, role);
      ts.forEach((t) => expect(t.vcpu).toBe(t.sockets * t.coresPerSocket));
      for (let i = 1; i < ts.length; i++) {
        expect(ts[i]!.maxMachines).toBeGreaterThan(ts[i - 1]!.maxMachines);
        expect(ts[i]!.maxChurnGBPerDay).toBeGreaterThan(ts[i - 1]!.maxChurnGBPerDay);
      }
    }
  });

  it('keeps the built-in share and the per-VM peak limit as data', () => {
    expect(asrClassic.builtIn!.share.machines.value).toBe(200);
    expect(asrClassic.builtIn!.share.churnGBPerDay.value).toBe(2048);
    expect(asrClassic.peakChurnLimitMBps.value).toBe(54);
  });
});

describe('headroom scaling (docs/rules.md#headroom)', () => {
  const ps12 = classicTier('PS-12');
  it('scales churn by h and floors machines', () => {
    expect(tierCapacity(ps12, 100)).toEqual({ machines: 225, churnGBPerDay: 2048 });
    expect(tierCapacity(ps12, 70)).toEqual({ machines: 157, churnGBPerDay: 1433.6 });
    expect(tierCapacity(classicTier('CS-16'), 70).machines).toBe(140); // not 139: 200 × 0.7 in floats is 139.99…
    expect(tierCapacity(classicTier('PS-4'), 50)).toEqual({ machines: 42, churnGBPerDay: 125 });
  });

  it('is inclusive at the top', () => {
    expect(fits({ machines: 225, churnGBPerDay: 2048 }, tierCapacity(ps12, 100))).toBe(true);
    expect(fits({ machines: 226, churnGBPerDay: 0 }, tierCapacity(ps12, 100))).toBe(false);
    expect(fits({ machines: 1, churnGBPerDay: 2048.001 }, tierCapacity(ps12, 100))).toBe(false);
  });

  it('picks the smallest tier that fits', () => {
    const pick = (machines: number, churnGBPerDay: number, role: 'scale-out' | 'configuration' = 'scale-out') =>
      smallestFittingTier(asrClassic, role, { machines, churnGBPerDay }, 100)?.id ?? null;
    expect(pick(85, 250)).toBe('PS-4');
    expect(pick(86, 0)).toBe('PS-8');
    expect(pick(1, 251)).toBe('PS-8');
    expect(pick(150, 1024)).toBe('PS-8');
    expect(pick(151, 0)).toBe('PS-12');
    expect(pick(1, 1025)).toBe('PS-12');
    expect(pick(225, 2048)).toBe('PS-12');
    expect(pick(226, 0)).toBeNull();
    expect(pick(99, 500, 'configuration')).toBe('CS-8');
    expect(pick(100, 0, 'configuration')).toBe('CS-12');
    expect(pick(0, 501, 'configuration')).toBe('CS-12');
    expect(pick(150, 1024, 'configuration')).toBe('CS-12');
    expect(pick(151, 0, 'configuration')).toBe('CS-16');
    expect(pick(200, 2048, 'configuration')).toBe('CS-16');
    expect(pick(201, 0, 'configuration')).toBeNull();
  });
});
