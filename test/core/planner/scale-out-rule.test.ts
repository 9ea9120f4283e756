import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/planner';
import { fleet, settings } from '../../support/machines';

const scaleOutCount = (p: ReturnType<typeof plan>) => p.servers.filter((s) => s.role === 'scale-out').length;

describe('the 200-machine / 2 TB scale-out rule (docs/rules.md#scale-out-rule)', () => {
  it('200 machines need no scale-out server; 201 need one', () => {
    expect(scaleOutCount(plan(fleet(200, 1), settings()))).toBe(0);
    const p = plan(fleet(201, 1), settings());
    expect(scaleOutCount(p)).toBe(1);
    expect(p.sites[0]!.drivers).toContainEqual({ kind: 'machines', machines: 201, limit: 200 });
  });

  it('2048 GB/day needs no scale-out server; 2049 GB/day needs one', () => {
    expect(scaleOutCount(plan(fleet(100, 20.48), settings()))).toBe(0);
    const p = plan(fleet(100, 20.49), settings());
    expect(scaleOutCount(p)).toBe(1);
    expect(p.sites[0]!.drivers.map((d) => d.kind)).toContain('churn');
  });

  it('places every machine on exactly one process server', () => {
    const machines = fleet(1234, 7);
    const p = plan(machines, settings());
    const placed = p.servers.flatMap((s) => s.machines).sort();
    expect(placed).toEqual(machines.map((m) => m.name).sort());
  });

  it('gives exactly one configuration server, listed first', () => {
    const p = plan(fleet(5000, 3), settings());
    expect(p.servers.filter((s) => s.role === 'configuration')).toHaveLength(1);
    expect(p.servers[0]!.role).toBe('configuration');
    expect(p.servers[0]!.id).toBe('CS');
  });

  it('meets the lower bound on an even estate, and reports it', () => {
    const p = plan(fleet(1000, 1), settings());
    // 800 machines beyond the built-in 200 at 225 per PS-12
    expect(p.sites[0]!.lowerBound).toBe(4);
    expect(scaleOutCount(p)).toBe(4);
  });
});
