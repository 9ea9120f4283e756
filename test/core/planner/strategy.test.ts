import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/planner';
import { realisticInventory } from '../../support/random-inventory';
import { fleet, scaleOutOnly, settings } from '../../support/machines';

const totalVcpu = (p: ReturnType<typeof plan>) => p.servers.reduce((n, s) => n + s.vcpu, 0);
const scaleOut = (p: ReturnType<typeof plan>) => p.servers.filter((s) => s.role === 'scale-out');

describe('strategies (docs/rules.md#objective)', () => {
  it('fewest-servers takes one PS-12 for 170 machines; least-vcpu takes two PS-4', () => {
    const fewest = plan(fleet(170, 0.5), scaleOutOnly());
    const least = plan(fleet(170, 0.5), scaleOutOnly({ strategy: 'least-vcpu' }));
    expect(scaleOut(fewest).map((s) => s.tier)).toEqual(['PS-12']);
    expect(scaleOut(least).map((s) => s.tier)).toEqual(['PS-4', 'PS-4']);
    expect(totalVcpu(least)).toBeLessThan(totalVcpu(fewest));
  });

  it('least-vcpu moves load off a CS-16 when a CS-8 plus a PS-4 costs less', () => {
    const fewest = plan(fleet(151, 0.5), settings());
    const least = plan(fleet(151, 0.5), settings({ strategy: 'least-vcpu' }));
    expect(fewest.servers.map((s) => s.tier)).toEqual(['CS-16']);
    expect(least.servers.map((s) => s.tier)).toEqual(['CS-8', 'PS-4']);
  });

  it('least-vcpu never costs more vCPU, and fewest-servers never uses more servers', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const machines = realisticInventory(seed, { machines: 50 + seed * 97, sites: 1 + (seed % 3), medianChurnGB: 1 + seed });
      const fewest = plan(machines, settings());
      const least = plan(machines, settings({ strategy: 'least-vcpu' }));
      expect(totalVcpu(least)).toBeLessThanOrEqual(totalVcpu(fewest));
      expect(scaleOut(fewest).length).toBeLessThanOrEqual(scaleOut(least).length);
    }
  });

  it('among equal vCPU, levels the load: the configuration server and its scale-out partner share it', () => {
    // 201 machines: CS-8 + PS-8 and CS-12 + PS-4 both cost 16 vCPU; the first splits 201 more evenly.
    const p = plan(fleet(201, 0.1), settings());
    expect(p.servers.map((s) => s.tier)).toEqual(['CS-8', 'PS-8']);
    const [cs, ps] = p.servers;
    expect(Math.abs((cs!.utilisation.machines * 99) / 200 - ps!.machineCount / 225)).toBeLessThan(0.2);
  });
});

describe('determinism', () => {
  it('gives the same plan, byte for byte, for the same input and settings', () => {
    const machines = realisticInventory(99, { machines: 3000, sites: 3, groupedShare: 0.2 });
    const a = JSON.stringify(plan(machines, settings({ headroomPercent: 80, growthPercent: 30 })));
    const b = JSON.stringify(
      plan(
        machines.map((m) => ({ ...m })),
        settings({ headroomPercent: 80, growthPercent: 30 }),
      ),
    );
    expect(a).toBe(b);
  });
});
