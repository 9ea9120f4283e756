import { describe, expect, it } from 'vitest';
import { assumeTier, matchTier } from '../../../src/core/health';
import { asrClassic } from '../../../src/core/rules/asr-classic';

const tierOf = (role: 'scale-out' | 'configuration', vcpu: number, memoryGB: number, cacheGB: number) => {
  const m = matchTier(asrClassic, role, { vcpu, memoryGB, cacheGB });
  return m?.kind === 'matched' ? m.tier.id : m;
};

describe('the tier a running server’s spec matches', () => {
  it('is the largest tier whose vCPU, memory and cache the spec meets', () => {
    expect(tierOf('scale-out', 8, 12, 600)).toBe('PS-8');
    expect(tierOf('scale-out', 12, 24, 1024)).toBe('PS-12');
    expect(tierOf('scale-out', 16, 64, 2048)).toBe('PS-12');
    expect(tierOf('scale-out', 12, 16, 1024)).toBe('PS-8'); // 16 GB RAM is short of PS-12's 24
    expect(tierOf('scale-out', 8, 24, 300)).toBe('PS-4'); // 300 GB cache only meets PS-4
    expect(tierOf('configuration', 16, 32, 1024)).toBe('CS-16');
    expect(tierOf('configuration', 12, 18, 600)).toBe('CS-12');
  });

  it('below the smallest tier: matches no tier, nearest = the smallest, with the shortfall', () => {
    expect(matchTier(asrClassic, 'scale-out', { vcpu: 2, memoryGB: 8, cacheGB: 200 })).toMatchObject({
      kind: 'no-tier',
      nearest: { id: 'PS-4' },
      shortBy: { vcpu: 2, memoryGB: 0, cacheGB: 100 },
    });
    expect(matchTier(asrClassic, 'configuration', { vcpu: 8, memoryGB: 12, cacheGB: 300 })).toMatchObject({
      kind: 'no-tier',
      nearest: { id: 'CS-8' },
      shortBy: { memoryGB: 4 },
    });
  });

  it('needs all three figures', () => {
    expect(matchTier(asrClassic, 'scale-out', { vcpu: 8, memoryGB: 12 })).toBeNull();
  });

  it('an assumed tier is the smallest holding the load at 100 %, else the largest (over)', () => {
    expect(assumeTier(asrClassic, 'scale-out', { machines: 85, churnGBPerDay: 250 })).toMatchObject({
      tier: { id: 'PS-4' },
      holdsLoad: true,
    });
    expect(assumeTier(asrClassic, 'scale-out', { machines: 86, churnGBPerDay: 10 })).toMatchObject({
      tier: { id: 'PS-8' },
      holdsLoad: true,
    });
    expect(assumeTier(asrClassic, 'scale-out', { machines: 10, churnGBPerDay: 1500 })).toMatchObject({
      tier: { id: 'PS-12' },
      holdsLoad: true,
    });
    expect(assumeTier(asrClassic, 'scale-out', { machines: 240, churnGBPerDay: 10 })).toMatchObject({
      tier: { id: 'PS-12' },
      holdsLoad: false,
    });
  });
});
