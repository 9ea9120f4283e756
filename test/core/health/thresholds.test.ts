import { describe, expect, it } from 'vitest';
import type { ServerObservation } from '../../../src/core/deployment';
import { assessHealth } from '../../../src/core/health';
import { asrClassicHealth as rules } from '../../../src/core/rules/health-asr-classic';

const obs = (over: Partial<ServerObservation> = {}): ServerObservation => ({ name: 'PS01', site: '', servicesDown: [], ...over });
const health = (over: Partial<ServerObservation>, role: 'scale-out' | 'configuration' = 'scale-out') =>
  assessHealth({ role, observation: obs(over) }, rules);
const statusOf = (over: Partial<ServerObservation>) => health(over).status;

describe('health thresholds at their edges (Troubleshoot the process server, 2019-09-09)', () => {
  it.each([
    ['cpuPercent', 80, 'healthy'],
    ['cpuPercent', 80.1, 'warning'],
    ['cpuPercent', 95, 'warning'],
    ['cpuPercent', 95.1, 'critical'],
    ['memoryPercent', 80, 'healthy'],
    ['memoryPercent', 80.1, 'warning'],
    ['memoryPercent', 95, 'warning'],
    ['memoryPercent', 95.1, 'critical'],
    ['cacheFreePercent', 30, 'healthy'],
    ['cacheFreePercent', 29.9, 'warning'],
    ['cacheFreePercent', 25, 'warning'],
    ['cacheFreePercent', 24.9, 'critical'],
    ['minutesSinceHeartbeat', 14.9, 'healthy'],
    ['minutesSinceHeartbeat', 15, 'critical'],
  ] as const)('%s = %d is %s', (field, value, status) => {
    expect(statusOf({ [field]: value })).toBe(status);
  });

  it('extremes: 0 and 100 % behave', () => {
    expect(statusOf({ cpuPercent: 0, memoryPercent: 100 })).toBe('critical');
    expect(statusOf({ cacheFreePercent: 0 })).toBe('critical');
    expect(statusOf({ cacheFreePercent: 100 })).toBe('healthy');
    expect(statusOf({ minutesSinceHeartbeat: 0 })).toBe('healthy');
  });

  it('raises one alert per signal, at the worst level it crosses, with its figures', () => {
    const h = health({ cpuPercent: 97 });
    expect(h.alerts).toEqual([
      expect.objectContaining({ signal: 'cpu', level: 'critical', value: 97, threshold: 95, comparison: 'above', unit: '%' }),
    ]);
  });

  it('a service down is a warning that lists the services; none down is no alert', () => {
    expect(health({ servicesDown: ['tmansvc', 'cxprocessserver'] }).alerts).toEqual([
      expect.objectContaining({ signal: 'serviceDown', level: 'warning', services: ['tmansvc', 'cxprocessserver'] }),
    ]);
    expect(health({ servicesDown: [] }).status).toBe('healthy');
  });

  it('status is the worst level; the worst signal breaks ties heartbeat, cache, CPU, memory, services, version', () => {
    const h = health({ cpuPercent: 97, cacheFreePercent: 20, memoryPercent: 85, servicesDown: ['x'] });
    expect(h.status).toBe('critical');
    expect(h.alerts.map((a) => `${a.signal}:${a.level}`)).toEqual([
      'cacheFree:critical',
      'cpu:critical',
      'memory:warning',
      'serviceDown:warning',
    ]);
    expect(h.worst?.signal).toBe('cacheFree');
    expect(health({ cpuPercent: 99, minutesSinceHeartbeat: 30 }).worst?.signal).toBe('heartbeat');
    expect(health({ memoryPercent: 90, servicesDown: ['x'] }).worst?.signal).toBe('memory');
  });

  it('a missing measurement is "not measured", never 0; nothing measured is its own status, never healthy', () => {
    const h = assessHealth({ role: 'scale-out', observation: { name: 'PS01', site: '' } }, rules);
    expect(h.status).toBe('not-measured');
    expect(assessHealth({ role: 'configuration', observation: null }, rules).status).toBe('not-measured');
    // A version alone says nothing about load or liveness.
    expect(assessHealth({ role: 'scale-out', observation: { name: 'PS01', site: '', version: '9.1' } }, rules).status).toBe('not-measured');
    // One measured signal within its thresholds is healthy; the others are listed as not measured.
    expect(health({ servicesDown: undefined, cpuPercent: 40 })).toMatchObject({
      status: 'healthy',
      notMeasured: expect.arrayContaining(['memory']),
    });
    expect(h.alerts).toEqual([]);
    expect(h.notMeasured).toEqual(['cpu', 'memory', 'cacheFree', 'heartbeat', 'serviceDown', 'version']);
    // An absent cache-free figure must not read as 0 % free (which would be critical).
    expect(health({ cacheFreePercent: undefined }).notMeasured).toContain('cacheFree');
    expect(assessHealth({ role: 'scale-out', observation: null }, rules).notMeasured).toHaveLength(6);
  });
});

describe('the rule data reproduces the guide’s alert table', () => {
  it('threshold for threshold', () => {
    const rows = rules.thresholds.map((t) => [t.signal, t.level, t.comparison, t.threshold, t.unit]);
    expect(rows).toEqual([
      ['cpu', 'warning', 'above', 80, '%'],
      ['cpu', 'critical', 'above', 95, '%'],
      ['memory', 'warning', 'above', 80, '%'],
      ['memory', 'critical', 'above', 95, '%'],
      ['cacheFree', 'warning', 'below', 30, '%'],
      ['cacheFree', 'critical', 'below', 25, '%'],
      ['heartbeat', 'critical', 'at-least', 15, 'min'],
    ]);
    expect(rules.rules.map((r) => [r.signal, r.level])).toEqual([
      ['serviceDown', 'warning'],
      ['version', 'warning'],
    ]);
    expect(rules.windowMinutes).toBe(15);
  });

  it('actions per alert follow the guide’s steps, in order', () => {
    const actions = (signal: string, level: string) =>
      [...rules.thresholds, ...rules.rules].find((t) => t.signal === signal && t.level === level)!.actions;
    expect(actions('cpu', 'warning')).toEqual(['dont-add-machines', 'check-vm-count-limits', 'add-scale-out-server', 'check-connectivity']);
    expect(actions('cpu', 'critical')).toEqual([
      'dont-add-machines',
      'check-vm-count-limits',
      'add-scale-out-server',
      'check-connectivity',
      'run-deployment-planner',
    ]);
    expect(actions('memory', 'warning')).toContain('follow-alert-guidance');
    expect(actions('memory', 'critical').at(-1)).toBe('run-deployment-planner');
    expect(actions('cacheFree', 'warning').slice(0, 2)).toEqual(['dont-add-machines', 'add-scale-out-server']);
    expect(actions('cacheFree', 'critical')).toEqual(
      expect.arrayContaining(['dont-add-machines', 'add-scale-out-server', 'check-connectivity', 'run-deployment-planner']),
    );
    expect(actions('heartbeat', 'critical')).toEqual(['check-ps-running', 'check-tmansvc', 'check-connectivity']);
    expect(actions('serviceDown', 'warning')).toEqual(['check-services-running', 'check-connectivity']);
    expect(actions('version', 'warning')).toEqual(['align-versions']);
  });

  it('cites the guide with its ms.date, and keeps its operating guidance', () => {
    for (const t of rules.thresholds)
      expect(t.source).toMatchObject({ docDate: '2019-09-09', url: expect.stringContaining('troubleshoot-process-server') });
    expect(rules.guidance).toMatchObject({
      keepCpuMemoryBelowPercent: 70,
      keepCacheFreeAtLeastPercent: 25,
      throttledBelowCacheFreePercent: 20,
      dataPort: 9443,
      azurePort: 443,
    });
    expect(rules.requiredServices.scaleOut).toContain('tmansvc');
    expect(rules.loadSignals).toEqual(['cpu', 'memory', 'cacheFree']);
  });
});
