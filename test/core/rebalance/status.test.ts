import { describe, expect, it } from 'vitest';
import { rebalance } from '../../../src/core/rebalance';
import { shownStatus } from '../../../src/core/rebalance/targets';
import { at, on, server } from './helpers';

// Running view badges (issue 10, item 16): over a limit is at least a warning, and nothing measured
// is its own state, never healthy.

describe('the status a server is shown with', () => {
  it('is a warning, naming the limit, when healthy figures sit on a server over its machine or churn limit', () => {
    const machines = [...on('PS01', 160, 1), ...on('PS02', 1, 300), ...on('PS03', 10, 1)];
    const r = rebalance(machines, [server('PS01', 'PS-8'), server('PS02', 'PS-4'), server('PS03', 'PS-12')], at());
    expect(r.servers.map((s) => [s.id, s.health.status, s.status, s.overLimits])).toEqual([
      ['PS01', 'healthy', 'warning', ['machines']],
      ['PS02', 'healthy', 'warning', ['churn']],
      ['PS03', 'healthy', 'healthy', []],
    ]);
    expect(r.summary).toMatchObject({ healthy: 1, warning: 2, critical: 0, notMeasured: 0 });
  });

  it('stays critical when a critical alert and an over-limit load meet', () => {
    expect(shownStatus('critical', ['machines'])).toBe('critical');
    expect(shownStatus('not-measured', ['churn'])).toBe('warning');
    expect(shownStatus('not-measured', [])).toBe('not-measured');
  });

  it('is "not measured" for every server without a server file, unless its load is over a limit', () => {
    const machines = [...on('CS', 20, 1), ...on('PS01', 240, 1)];
    const r = rebalance(machines, null, at());
    // Without a server file both are taken for scale-out servers: CS for a PS-4, PS01 over the largest (225).
    expect(r.servers.map((s) => [s.id, s.role, s.tier.id, s.status])).toEqual([
      ['CS', 'scale-out', 'PS-4', 'not-measured'],
      ['PS01', 'scale-out', 'PS-12', 'warning'],
    ]);
    expect(r.summary).toMatchObject({ healthy: 0, notMeasured: 1, warning: 1 });
  });
});
