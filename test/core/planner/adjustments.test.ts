import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/planner';
import { fleet, scaleOutOnly, settings } from '../../support/machines';

const scaleOut = (p: ReturnType<typeof plan>) => p.servers.filter((s) => s.role === 'scale-out');

describe('effective churn (docs/rules.md#effective-churn)', () => {
  it('is churn × multiplier × (1 + growth %)', () => {
    const p = plan(fleet(1, 100), scaleOutOnly({ multiplier: 2, growthPercent: 30 }));
    expect(scaleOut(p)[0]!.churnGBPerDay).toBeCloseTo(260, 9);
    expect(scaleOut(p)[0]!.tier).toBe('PS-8'); // 260 > 250
  });

  it('changes the plan as growth rises', () => {
    const at = (growthPercent: number) => scaleOut(plan(fleet(10, 20), scaleOutOnly({ growthPercent }))).map((s) => s.tier);
    expect(at(0)).toEqual(['PS-4']); // 200 GB/day
    expect(at(25)).toEqual(['PS-4']); // 250 GB/day: at the limit, inclusive
    expect(at(30)).toEqual(['PS-8']); // 260 GB/day
  });

  it('scales down with a multiplier below 1', () => {
    expect(scaleOut(plan(fleet(10, 50), scaleOutOnly({ multiplier: 0.5 })))[0]!.tier).toBe('PS-4');
  });
});

describe('headroom (docs/rules.md#headroom)', () => {
  it('floors machine limits: 157 machines fit one PS-12 at 70 %, 158 do not', () => {
    expect(scaleOut(plan(fleet(157, 0.1), scaleOutOnly({ headroomPercent: 70 })))).toHaveLength(1);
    expect(scaleOut(plan(fleet(158, 0.1), scaleOutOnly({ headroomPercent: 70 })))).toHaveLength(2);
  });

  it('scales churn limits: 175 GB/day fits a PS-4 at 70 %, 175.1 needs a PS-8', () => {
    expect(scaleOut(plan(fleet(1, 175), scaleOutOnly({ headroomPercent: 70 })))[0]!.tier).toBe('PS-4');
    expect(scaleOut(plan(fleet(1, 175.1), scaleOutOnly({ headroomPercent: 70 })))[0]!.tier).toBe('PS-8');
  });

  it('shrinks the built-in share too, and says headroom forced the scale-out', () => {
    expect(scaleOut(plan(fleet(140, 0.1), settings({ headroomPercent: 70 })))).toHaveLength(0);
    const p = plan(fleet(141, 0.1), settings({ headroomPercent: 70 }));
    expect(scaleOut(p)).toHaveLength(1);
    expect(p.sites[0]!.drivers).toContainEqual({ kind: 'headroom', headroomPercent: 70, serversAtFullHeadroom: 0 });
  });

  it('keeps every server within its tier at the chosen headroom', () => {
    const p = plan(fleet(1000, 9), settings({ headroomPercent: 60 }));
    for (const s of p.servers) {
      expect(s.utilisation.machines).toBeLessThanOrEqual(0.6 + 1e-9);
      expect(s.utilisation.churn).toBeLessThanOrEqual(0.6 + 1e-9);
    }
  });
});

describe('what cannot be placed (docs/rules.md#unplaced-and-dedicated)', () => {
  it('lists a machine over 2048 GB/day as unplaced, with the reason, and plans the rest', () => {
    const machines = [...fleet(3, 10), { name: 'bigdb', dailyChurnGB: 2500, site: '', group: '' }];
    const p = plan(machines, settings());
    expect(p.unplaced).toEqual([
      expect.objectContaining({
        machine: 'bigdb',
        code: 'churn-over-limit',
        churnGBPerDay: 2500,
        // The reason is its code and figures (the sentence is the edge's): the limit it exceeds.
        params: expect.objectContaining({ limit: 2048 }),
      }),
    ]);
    expect(p.servers.flatMap((s) => s.machines)).not.toContain('bigdb');
    expect(p.servers[0]!.machineCount).toBe(3);
    expect(p.warnings.map((w) => w.code)).toContain('unplaced');
  });

  it('lists every member of a group over 225 machines as unplaced', () => {
    const p = plan([...fleet(226, 0.1, { group: 'huge' }), ...fleet(2, 1)], settings());
    expect(p.unplaced).toHaveLength(226);
    expect(new Set(p.unplaced.map((u) => u.code))).toEqual(new Set(['machines-over-limit']));
    expect(p.servers[0]!.machineCount).toBe(2);
  });

  it('counts growth before deciding: 1600 GB/day × 1.3 = 2080 is unplaced', () => {
    const p = plan(fleet(1, 1600), settings({ growthPercent: 30 }));
    expect(p.unplaced).toHaveLength(1);
  });

  it('gives an item above the headroom limits but within the absolute ones a dedicated PS-12 and a warning', () => {
    const machines = [...fleet(50, 5), { name: 'warehouse', dailyChurnGB: 1500, site: '', group: '' }];
    const p = plan(machines, scaleOutOnly({ headroomPercent: 70 }));
    const own = p.servers.find((s) => s.machines.includes('warehouse'))!;
    expect(own).toMatchObject({ tier: 'PS-12', dedicated: true, machines: ['warehouse'] });
    expect(p.warnings).toContainEqual(
      expect.objectContaining({ code: 'dedicated-server', params: expect.objectContaining({ item: 'warehouse' }) }),
    );
    expect(p.sites[0]!.drivers).toContainEqual({ kind: 'dedicated', items: 1, machines: 1, tier: 'PS-12' });
  });

  it('gives a group above the headroom machine limit a dedicated PS-12', () => {
    const p = plan(fleet(160, 0.1, { group: 'vdi' }), scaleOutOnly({ headroomPercent: 70 }));
    expect(p.servers.filter((s) => s.dedicated).map((s) => s.machineCount)).toEqual([160]);
  });

  it('flags a machine above 54 MB/s peak churn but still plans it', () => {
    const machines = [
      { name: 'fast', dailyChurnGB: 10, site: '', group: '', peakChurnMBps: 54.1 },
      { name: 'ok', dailyChurnGB: 10, site: '', group: '', peakChurnMBps: 54 },
    ];
    const p = plan(machines, settings());
    expect(p.warnings.filter((w) => w.code === 'peak-churn-over-limit').map((w) => w.params.machine)).toEqual(['fast']);
    expect(p.servers[0]!.machines).toEqual(['fast', 'ok']);
  });
});
