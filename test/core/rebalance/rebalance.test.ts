import { describe, expect, it } from 'vitest';
import { rebalance } from '../../../src/core/rebalance';
import { afterOf, at, movedFrom, on, reasonOf, server, unresolvedReasonOf } from './helpers';

describe('rebalance: who sheds', () => {
  it('one server over its machine limit sheds exactly the excess, the quietest machines, and nothing else moves', () => {
    const machines = [
      ...on('PS01', 100, 5),
      ...on('PS02', 150, 2),
      ...on('PS02', 10, 1, { prefix: 'quiet' }), // 160 on a PS-8 (150)
      ...on('PS03', 40, 5),
    ];
    const r = rebalance(machines, [server('PS01', 'PS-12'), server('PS02', 'PS-8'), server('PS03', 'PS-8')], at());
    expect(r.moves).toHaveLength(10);
    expect(movedFrom(r.moves)).toEqual({ PS02: 10 });
    expect(r.moves.every((m) => m.machine.startsWith('quiet-'))).toBe(true);
    expect(reasonOf(r, r.moves[0]!)).toBe('PS02 is over its machine limit at 100 % headroom (160 of 150 for PS-8)');
    expect(r.moves[0]!.because).toEqual(['over-limit']);
    expect(afterOf(r).PS02).toBe(150);
    expect(r.summary).toMatchObject({ machinesMoved: 10, newServers: 0, unresolved: 0 });
  });

  it('headroom lowers the limits: 70 % of PS-8 is 105 machines', () => {
    const r = rebalance(
      [...on('PS01', 110, 1), ...on('PS02', 10, 1)],
      [server('PS01', 'PS-8'), server('PS02', 'PS-8')],
      at({ headroomPercent: 70 }),
    );
    expect(r.moves).toHaveLength(5);
    expect(reasonOf(r, r.moves[0]!)).toContain('over its machine limit at 70 % headroom (110 of 105 for PS-8)');
  });

  it('churn over the limit: the fewest machines that bring it back, the least churn among them', () => {
    // 900 GB/day on a PS-4 (250): 650 must go — both 300s and one 50 (three machines), not six 50s and a 300.
    const machines = [...on('PS01', 2, 300, { prefix: 'big' }), ...on('PS01', 6, 50, { prefix: 'mid' }), ...on('PS02', 1, 1)];
    const r = rebalance(machines, [server('PS01', 'PS-4'), server('PS02', 'PS-12')], at());
    expect(r.moves.map((m) => m.machine)).toEqual(['big-1', 'big-2', 'mid-1']);
    expect(reasonOf(r, r.moves[0]!)).toContain('over its churn limit at 100 % headroom (900 of 250 GB/day for PS-4)');
    // Effective churn includes multiplier and growth.
    const grown = rebalance(
      on('PS01', 4, 50),
      [server('PS01', 'PS-4'), server('PS02', 'PS-12')],
      at({ multiplier: 1.5, growthPercent: 20 }),
    );
    expect(grown.servers[0]!.before.churnGBPerDay).toBeCloseTo(360, 9);
    expect(grown.moves).toHaveLength(2); // 360 → 270 is still over 250; 180 fits
  });

  it('a server critical on CPU sheds to 80/measured of its load, and takes nothing', () => {
    const machines = [...on('PS01', 97, 1), ...on('PS02', 10, 1)];
    const r = rebalance(machines, [server('PS01', 'PS-8', { cpuPercent: 97 }), server('PS02', 'PS-8')], at());
    // keep floor(97 × 80/97) = 80 machines.
    expect(afterOf(r)).toEqual({ PS01: 80, PS02: 27 });
    expect(reasonOf(r, r.moves[0]!)).toBe('PS01 is critical on CPU (97 %): shedding load to keep 82.5 % of it');
    expect(r.servers[0]!.receiveBlockedBy).toBe('critical');
  });

  it('critical cache free space sheds to (100 − 30)/(100 − free) of machines and churn', () => {
    const machines = [...on('PS01', 78, 10), ...on('PS02', 1, 1)];
    const r = rebalance(machines, [server('PS01', 'PS-8', { cacheFreePercent: 22 }), server('PS02', 'PS-12')], at());
    expect(r.servers[0]!.target).toEqual({ machines: 70, churnGBPerDay: expect.closeTo(700, 9) });
    expect(afterOf(r).PS01).toBe(70);
  });

  it('heartbeat missing or a service down alone moves nothing', () => {
    const machines = [...on('PS01', 50, 1), ...on('PS02', 10, 1)];
    const r = rebalance(
      machines,
      [server('PS01', 'PS-8', { minutesSinceHeartbeat: 45 }), server('PS02', 'PS-8', { servicesDown: ['tmansvc'] })],
      at(),
    );
    expect(r.moves).toEqual([]);
    expect(r.servers.map((s) => s.health.status)).toEqual(['critical', 'warning']);
  });

  it('a warning on CPU, memory or cache does not shed (within limits) and takes nothing', () => {
    const machines = [...on('PS01', 160, 1), ...on('PS02', 10, 1), ...on('PS03', 10, 1)];
    const r = rebalance(
      machines,
      [server('PS01', 'PS-8'), server('PS02', 'PS-12', { memoryPercent: 85 }), server('PS03', 'PS-4', { servicesDown: ['x'] })],
      at(),
    );
    expect(movedFrom(r.moves)).toEqual({ PS01: 10 });
    expect(new Set(r.moves.map((m) => m.to))).toEqual(new Set(['PS03'])); // service-down only may receive
    expect(r.servers[1]!.receiveBlockedBy).toBe('load-warning');
  });
});

describe('rebalance: where machines go', () => {
  it('to the least utilised eligible server of the same site; never across sites', () => {
    const machines = [
      ...on('A1', 160, 1, { site: 'A' }),
      ...on('A2', 100, 1, { site: 'A' }),
      ...on('A3', 20, 1, { site: 'A' }),
      ...on('B1', 0, 1, { site: 'B' }),
    ];
    const r = rebalance(
      machines,
      [
        server('A1', 'PS-8', { site: 'A' }),
        server('A2', 'PS-8', { site: 'A' }),
        server('A3', 'PS-8', { site: 'A' }),
        server('B1', 'PS-12', { site: 'B' }),
      ],
      at(),
    );
    expect(r.moves.map((m) => m.to)).toEqual(new Array(10).fill('A3'));
  });

  it('a group moves whole, or not at all', () => {
    const machines = [...on('PS01', 145, 1), ...on('PS01', 8, 1, { group: 'erp' }), ...on('PS02', 10, 1)];
    const r = rebalance(machines, [server('PS01', 'PS-8'), server('PS02', 'PS-8')], at());
    // 153 on 150: three singles are cheaper than the 8-machine group.
    expect(r.moves).toHaveLength(3);
    expect(r.moves.some((m) => m.group === 'erp')).toBe(false);
    const onlyGroup = rebalance(
      [...on('PS01', 148, 1, { group: 'big' }), ...on('PS01', 2, 1, { group: 'pair' }), ...on('PS01', 1, 1, { prefix: 'solo' })],
      [server('PS01', 'PS-8', { cpuPercent: 99 }), server('PS02', 'PS-12')],
      at(),
    );
    const groups = new Set(onlyGroup.moves.map((m) => m.group));
    for (const g of groups) if (g) expect(onlyGroup.moves.filter((m) => m.group === g)).toHaveLength(g === 'big' ? 148 : 2);
  });

  it('adds the fewest new scale-out servers (smallest fitting tier) when no existing server has room, named NEW01…', () => {
    const machines = [...on('PS01', 200, 1), ...on('PS02', 150, 1)];
    const r = rebalance(machines, [server('PS01', 'PS-8'), server('PS02', 'PS-8')], at());
    expect(r.newServers.map((n) => [n.id, n.tier.id, n.machineCount])).toEqual([['NEW01', 'PS-4', 50]]);
    expect(r.moves.every((m) => m.to === 'NEW01' && m.toNewServer)).toBe(true);
    expect(reasonOf(r, r.moves[0]!)).toContain('goes to a new scale-out server');
    expect(r.summary.newServers).toBe(1);
  });

  it('places unassigned machines (from ""), preferring the server that holds the rest of their group', () => {
    const machines = [
      ...on('PS01', 5, 1, { group: 'erp' }),
      ...on('PS02', 1, 1),
      ...on('', 1, 2, { group: 'erp', prefix: 'late' }),
      ...on('', 1, 1, { prefix: 'fresh' }),
    ];
    const r = rebalance(machines, [server('PS01', 'PS-8'), server('PS02', 'PS-8')], at());
    expect(r.moves.map((m) => [m.machine, m.from, m.to, m.because[0]])).toEqual([
      ['late-1', '', 'PS01', 'unassigned'],
      ['fresh-1', '', 'PS02', 'unassigned'],
    ]);
    expect(reasonOf(r, r.moves[0]!)).toBe('unassigned machine (group "erp", whose other machines replicate through PS01)');
  });
});

describe('rebalance: assumptions and what can’t be solved', () => {
  it('a server absent from the server file is a scale-out of the smallest tier holding its load, and says so', () => {
    const r = rebalance([...on('PS09', 90, 1), ...on('PS01', 1, 1)], [server('PS01', 'PS-8')], at());
    const ps9 = r.servers.find((s) => s.id === 'PS09')!;
    expect(ps9).toMatchObject({ role: 'scale-out', inServerFile: false, tier: { id: 'PS-8' }, tierMatch: { kind: 'assumed' } });
    expect(ps9.assumptions.map((a) => a.code)).toEqual(['not-in-server-file', 'tier-from-load']);
    expect(r.moves).toEqual([]);
  });

  it('without a server file every server is assumed scale-out and the notice says no configuration server is known', () => {
    const r = rebalance([...on('CS', 150, 1), ...on('PS01', 10, 1)], null, at());
    expect(r.servers.map((s) => [s.id, s.role, s.tier.id])).toEqual([
      ['CS', 'scale-out', 'PS-8'],
      ['PS01', 'scale-out', 'PS-4'],
    ]);
    expect(r.servers[0]!.assumptions[0]!.code).toBe('no-server-file');
    expect(r.notices.map((n) => n.code)).toContain('no-server-file');
  });

  it('a spec below the smallest tier matches no tier: nearest tier’s limits, takes nothing', () => {
    const r = rebalance(
      [...on('PS01', 160, 1), ...on('PS02', 10, 1)],
      [server('PS01', 'PS-8'), { ...server('PS02', 'PS-4'), vcpu: 2 }],
      at(),
    );
    const ps2 = r.servers[1]!;
    expect(ps2.tierMatch).toMatchObject({ kind: 'no-tier', nearest: { id: 'PS-4' }, shortBy: { vcpu: 2 } });
    expect(ps2.receiveBlockedBy).toBe('matches-no-tier');
    expect(r.moves.every((m) => m.to === 'NEW01')).toBe(true);
  });

  it('a server that only an immovable item keeps over is reported unresolved, nothing pretended', () => {
    const r = rebalance(
      [...on('PS01', 1, 3000, { prefix: 'huge' }), ...on('PS01', 3, 1)],
      [server('PS01', 'PS-12'), server('PS02', 'PS-12')],
      at(),
    );
    expect(r.moves).toEqual([]);
    expect(r.unresolved).toEqual([expect.objectContaining({ server: 'PS01', code: 'cannot-shed' })]);
    expect(unresolvedReasonOf(r.unresolved[0]!)).toContain('too big for any one process server');
  });

  it('an unassigned machine too big for any process server stays unassigned and is reported', () => {
    const r = rebalance([...on('PS01', 1, 1), ...on('', 1, 2500, { prefix: 'monster' })], [server('PS01', 'PS-12')], at());
    expect(r.moves).toEqual([]);
    expect(r.unresolved).toEqual([expect.objectContaining({ code: 'item-too-big', server: '' })]);
  });

  it('reports a group split over servers and machines on another site’s server, and moves neither', () => {
    const machines = [
      ...on('PS01', 2, 1, { group: 'g', site: 'A' }),
      ...on('PS02', 2, 1, { group: 'g', site: 'A', prefix: 'other' }),
      ...on('PS02', 1, 1, { site: 'B', prefix: 'stray' }),
    ];
    const r = rebalance(machines, [server('PS01', 'PS-8', { site: 'A' }), server('PS02', 'PS-8', { site: 'A' })], at());
    expect(r.notices.map((n) => n.code).sort()).toEqual(['group-split', 'site-mismatch']);
    expect(r.moves).toEqual([]);
  });

  it('is deterministic', () => {
    const machines = [...on('PS01', 170, 3), ...on('PS02', 95, 4), ...on('', 7, 2)];
    const obs = [server('PS01', 'PS-8'), server('PS02', 'PS-8', { cacheFreePercent: 20 }), server('PS03', 'PS-4')];
    expect(JSON.stringify(rebalance(machines, obs, at()))).toBe(JSON.stringify(rebalance(machines, obs, at())));
  });
});
