import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/planner';
import { fleet, scaleOutOnly, settings } from '../../support/machines';

const scaleOut = (p: ReturnType<typeof plan>) => p.servers.filter((s) => s.role === 'scale-out');
const cs = (p: ReturnType<typeof plan>) => p.servers.find((s) => s.role === 'configuration')!;

describe('scale-out tier boundaries (docs/rules.md#classic-tiers)', () => {
  it.each([
    [85, 'PS-4'],
    [86, 'PS-8'],
    [150, 'PS-8'],
    [151, 'PS-12'],
    [225, 'PS-12'],
  ])('%i machines of small churn fit one %s', (n, tier) => {
    const p = plan(fleet(n, 0.5), scaleOutOnly());
    expect(scaleOut(p).map((s) => [s.tier, s.machineCount])).toEqual([[tier, n]]);
  });

  it('226 machines need two servers: PS-8 + PS-4 (12 vCPU) rather than two PS-8 or PS-12 + PS-4 (16)', () => {
    const p = plan(fleet(226, 0.5), scaleOutOnly());
    expect(scaleOut(p).map((s) => [s.tier, s.machineCount])).toEqual([
      ['PS-8', 141],
      ['PS-4', 85],
    ]);
  });

  it.each([
    [250, 'PS-4'],
    [251, 'PS-8'],
    [1024, 'PS-8'],
    [1025, 'PS-12'],
    [2048, 'PS-12'],
  ])('one machine of %i GB/day fits one %s', (churn, tier) => {
    const p = plan(fleet(1, churn), scaleOutOnly());
    expect(scaleOut(p).map((s) => s.tier)).toEqual([tier]);
    expect(p.unplaced).toEqual([]);
  });

  it('one machine of 2049 GB/day fits no process server', () => {
    const p = plan(fleet(1, 2049), scaleOutOnly());
    expect(scaleOut(p)).toEqual([]);
    expect(p.unplaced.map((u) => u.code)).toEqual(['churn-over-limit']);
  });

  it('2049 GB/day spread over many machines needs two servers', () => {
    const p = plan(fleet(10, 204.9), scaleOutOnly());
    expect(scaleOut(p)).toHaveLength(2);
  });
});

describe('configuration server tier boundaries (docs/rules.md#classic-tiers)', () => {
  it.each([
    [99, 'CS-8'],
    [100, 'CS-12'],
    [150, 'CS-12'],
    [151, 'CS-16'],
    [200, 'CS-16'],
  ])('%i machines stay on the built-in process server of a %s', (n, tier) => {
    const p = plan(fleet(n, 0.1), settings());
    expect(cs(p).tier).toBe(tier);
    expect(cs(p).machineCount).toBe(n);
    expect(scaleOut(p)).toEqual([]);
  });

  it.each([
    [500, 'CS-8'],
    [501, 'CS-12'],
    [1024, 'CS-12'],
    [1025, 'CS-16'],
    [2048, 'CS-16'],
  ])('%i GB/day on the built-in process server needs a %s', (churn, tier) => {
    const p = plan(fleet(4, churn / 4), settings());
    expect(cs(p).tier).toBe(tier);
    expect(scaleOut(p)).toEqual([]);
  });

  it('a configuration server that replicates nothing is a CS-8', () => {
    expect(cs(plan(fleet(10, 1), scaleOutOnly())).tier).toBe('CS-8');
    expect(cs(plan([], settings())).tier).toBe('CS-8');
  });
});
