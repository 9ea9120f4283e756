import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/planner';
import { whatIfDrops, whatIfPoint } from '../../../src/core/planner/what-if';
import { fleet, settings } from '../../support/machines';

// The what-if series (issue 10, item 15): more churn must never seem to need fewer servers unexplained.

describe('what-if points', () => {
  const machines = [...fleet(60, 5), { name: 'bigdb-01', dailyChurnGB: 1500, site: '', group: '' }];
  const series = [1, 1.3, 1.4, 2].map((m) => whatIfPoint(m, plan(machines, settings({ multiplier: m }))));

  it('count the machines that stop fitting any one process server', () => {
    // 1500 × 1.4 = 2100 GB/day: more than a PS-12 takes, so bigdb-01 leaves the servers.
    expect(series.map((p) => [p.multiplier, p.unplacedMachines])).toEqual([
      [1, 0],
      [1.3, 0],
      [1.4, 1],
      [2, 1],
    ]);
  });

  it('find where the server count falls while churn rises, with the unplaced count that explains it', () => {
    // 300 + 1500 = 1800 GB/day fits the built-in share; × 1.3 = 2340 needs a scale-out server; × 1.4 bigdb-01 is unplaced.
    expect(series.map((p) => p.servers)).toEqual([0, 1, 0, 0]);
    expect(whatIfDrops(series)).toEqual([{ from: 1.3, to: 1.4, servers: { before: 1, after: 0 }, unplaced: { before: 0, after: 1 } }]);
  });

  it('find none in a series that only rises', () => {
    const rising = [1, 2, 3].map((m) => whatIfPoint(m, plan(fleet(300, 5), settings({ multiplier: m }))));
    expect(whatIfDrops(rising)).toEqual([]);
    expect(rising.every((p) => p.unplacedMachines === 0)).toBe(true);
  });
});

describe('what-if under replication appliances (issue 11: the series counted only scale-out servers)', () => {
  it('counts the appliances of each point, with the lower bound', () => {
    const machines = fleet(450, 2);
    const points = [1, 2].map((m) => whatIfPoint(m, plan(machines, settings({ multiplier: m, ruleSet: 'asr-modernized' }))));
    // 450 machines: ⌈450 / 200⌉ = 3 appliances whatever the churn (900 and 1,800 GB/day fit three).
    expect(points.map((p) => [p.servers, p.lowerBound])).toEqual([
      [3, 3],
      [3, 3],
    ]);
  });
});
