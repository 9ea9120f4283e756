import { describe, expect, it } from 'vitest';
import type { ServerObservation } from '../../../src/core/deployment';
import type { Machine } from '../../../src/core/model';
import { hoursOtherwise, largestDiskGiB, migrate, timeBasis } from '../../../src/core/migrate';
import { server } from '../rebalance/helpers';

const FULL = { multiplier: 1, growthPercent: 0, headroomPercent: 100 };
const vm = (name: string, over: Partial<Machine> = {}): Machine => ({
  name,
  dailyChurnGB: 1,
  site: '',
  group: '',
  processServer: 'PS01',
  ...over,
});
const many = (n: number, prefix: string, over: Partial<Machine> = {}) =>
  Array.from({ length: n }, (_, i) => vm(`${prefix}${String(i).padStart(3, '0')}`, over));

describe('migration time (docs/rules.md#migration-time)', () => {
  it('the documents’ examples: 2 × 256 GiB ≈ 4 h 15 m, 4 × 512 GiB ≈ 7 h 30 m (1 h + 45 s per GiB of the largest disk)', () => {
    const two = largestDiskGiB({ disks: 2, provisionedGB: 512 })!;
    const four = largestDiskGiB({ disks: 4, provisionedGB: 2048 })!;
    expect([two, four]).toEqual([256, 512]);
    expect(hoursOtherwise(two)).toBe(4.2);
    expect(hoursOtherwise(four)).toBe(7.4);
    // "≈": within a quarter of an hour of the documents' rounded figures.
    expect(Math.abs(hoursOtherwise(two) - 4.25)).toBeLessThan(0.25);
    expect(Math.abs(hoursOtherwise(four) - 7.5)).toBeLessThan(0.25);
  });

  it('the largest disk: provisioned ÷ disks, else provisioned, else used, else unknown', () => {
    expect(largestDiskGiB({ provisionedGB: 300 })).toBe(300);
    expect(largestDiskGiB({ usedGB: 120 })).toBe(120);
    expect(largestDiskGiB({ disks: 3 })).toBeNull();
    expect(largestDiskGiB({})).toBeNull();
  });

  it('healthy needs a healthy server and a recovery point under 50 minutes; either bad is otherwise; else unknown', () => {
    expect(timeBasis('healthy', 10)).toBe('healthy');
    expect(timeBasis('healthy', 50)).toBe('otherwise');
    expect(timeBasis('warning', 5)).toBe('otherwise');
    expect(timeBasis('critical', undefined)).toBe('otherwise');
    expect(timeBasis('healthy', undefined)).toBe('unknown');
    expect(timeBasis(undefined, 5)).toBe('unknown');
    expect(timeBasis('not-measured', 5)).toBe('unknown');
  });

  it('a batch takes as long as its slowest machine; one unknown disk makes it unknown, with a warning', () => {
    const m = migrate({
      machines: [vm('a', { disks: 2, provisionedGB: 512 }), vm('b', { disks: 4, provisionedGB: 2048 }), vm('c', { processServer: 'PS02' })],
      servers: null,
      settings: FULL,
    });
    expect(m.batches.map((b) => [b.machines, b.hoursOtherwise, b.warnings.map((w) => w.code)])).toEqual([
      [['a', 'b', 'c'], null, ['disk-size-unknown']],
    ]);
    const known = migrate({
      machines: [vm('a', { disks: 2, provisionedGB: 512 }), vm('b', { disks: 4, provisionedGB: 2048 })],
      servers: null,
      settings: FULL,
    });
    expect(known.batches[0]).toMatchObject({ hoursOtherwise: 7.4, hoursIfHealthy: [1, 2], basis: 'unknown', warnings: [] });
    expect(known.summary).toMatchObject({ hoursIfHealthy: [1, 2], hoursOtherwise: 7.4 });
  });

  it('the basis comes from the server file’s health and the recovery points', () => {
    const healthy = server('PS01', 'PS-12');
    const hot = server('PS02', 'PS-12', { cpuPercent: 97 });
    const machines = [vm('a'), vm('b', { processServer: 'PS02' })];
    const m = migrate({ machines, servers: [healthy, hot], recoveryPointMinutes: [12, 12], settings: FULL });
    const basisOf = (name: string) => m.batches.find((b) => b.machines.includes(name))!.basis;
    expect(m.batches).toHaveLength(1);
    expect(basisOf('a')).toBe('otherwise');
    const alone = migrate({ machines: [vm('a')], servers: [healthy], recoveryPointMinutes: [12], settings: FULL });
    expect(alone.batches[0]!.basis).toBe('healthy');
  });
});

describe('batches (docs/rules.md#batches)', () => {
  it('at most 10 machines, groups whole, a group over 10 a batch of its own with a warning, ordered by classic server', () => {
    const machines = [
      ...many(12, 'big', { group: 'erp', processServer: 'PS02' }),
      ...many(15, 'a', { processServer: 'PS01' }),
      ...many(3, 'w', { group: 'web', processServer: 'PS01' }),
    ];
    const m = migrate({ machines, servers: null, settings: FULL });
    expect(m.appliances).toHaveLength(1);
    expect(m.batches.map((b) => [b.id, b.machines.length, b.fromServers, b.groups])).toEqual([
      ['B01', 10, ['PS01'], ['web']],
      ['B02', 8, ['PS01'], []],
      ['B03', 12, ['PS02'], ['erp']],
    ]);
    expect(m.batches[2]!.warnings).toContainEqual({ code: 'group-over-batch', params: { group: 'erp', machines: 12, limit: 10 } });
  });

  it('machines not replicating get an appliance and no batch, listed apart', () => {
    const m = migrate({ machines: [vm('a'), vm('new', { processServer: undefined })], servers: null, settings: FULL });
    expect(m.newProtection).toEqual([{ machine: 'new', site: '', appliance: 'APP01' }]);
    expect(m.batches.flatMap((b) => b.machines)).toEqual(['a']);
    expect(m.summary).toMatchObject({ machinesToMigrate: 1, newProtection: 1 });
  });

  it('server names compare as host names: ps01 and PS01 are one classic server, spelt as the server file does', () => {
    const m = migrate({ machines: [vm('a', { processServer: 'ps01' }), vm('b')], servers: [server('PS01', 'PS-8')], settings: FULL });
    expect(m.appliances[0]!.fromServers).toEqual([{ server: 'PS01', machineCount: 2 }]);
  });
});

describe('how many appliances (docs/rules.md#how-many-appliances)', () => {
  it('a classic PS-12 with 225 machines needs two appliances: the rule of thumb says one, and why it differs is said', () => {
    const m = migrate({ machines: many(225, 'vm'), servers: null, settings: FULL });
    expect(m.summary).toMatchObject({ appliances: 2, lowerBound: 2, ruleOfThumbAppliances: 1, splitSourceServers: 1 });
    expect(m.sites[0]).toMatchObject({ reason: 'server-over-appliance', classicServers: 1, appliances: 2 });
    expect(m.warnings).toContainEqual({
      code: 'source-server-split',
      params: { server: 'PS01', site: '', appliances: ['APP01', 'APP02'], fits: false },
    });
  });

  it('four lightly loaded process servers fit on fewer appliances, each kept whole', () => {
    const machines = ['PS01', 'PS02', 'PS03', 'PS04'].flatMap((ps) => many(60, `${ps}-`, { processServer: ps }));
    const m = migrate({ machines, servers: null, settings: FULL });
    expect(m.summary).toMatchObject({ appliances: 2, ruleOfThumbAppliances: 4, splitSourceServers: 0 });
    expect(m.sites[0]!.reason).toBe('fits-fewer');
    expect(m.appliances.map((a) => a.fromServers.map((f) => f.machineCount))).toEqual([
      [60, 60],
      [60, 60],
    ]);
  });

  it('keeps classic servers whole where the planner alone would split them (the lower bound still met)', () => {
    // 3 servers of 130 machines: 390 machines fit 2 appliances of 200 only if a server is split; the fewest is 2, so one is split.
    const split = migrate({
      machines: ['PS01', 'PS02', 'PS03'].flatMap((ps) => many(130, `${ps}-`, { processServer: ps })),
      servers: null,
      settings: FULL,
    });
    expect(split.summary).toMatchObject({ appliances: 2, lowerBound: 2, splitSourceServers: 1 });
    expect(split.warnings.find((w) => w.code === 'source-server-split')!.params).toMatchObject({ fits: true });
    // 100 + 100 + 90 + 90 machines: two appliances, each taking two whole servers.
    const whole = migrate({
      machines: [
        ...many(100, 'a', { processServer: 'PS01' }),
        ...many(90, 'b', { processServer: 'PS02' }),
        ...many(100, 'c', { processServer: 'PS03' }),
        ...many(90, 'd', { processServer: 'PS04' }),
      ],
      servers: null,
      settings: FULL,
    });
    expect(whole.summary).toMatchObject({ appliances: 2, splitSourceServers: 0 });
  });

  it('vaults: 250 appliances each; unplaced machines get no appliance and no batch', () => {
    const m = migrate({ machines: [vm('huge', { dailyChurnGB: 3000 }), vm('ok')], servers: null, settings: FULL });
    expect(m.unplaced).toEqual([{ machine: 'huge', site: '', group: '', churnGBPerDay: 3000, code: 'churn-over-limit', limit: 2048 }]);
    expect(m.summary).toMatchObject({ vaults: 1, unplacedMachines: 1, machinesToMigrate: 1 });
    expect(m.warnings.map((w) => w.code)).toContain('unplaced');
  });
});

describe('prerequisites (docs/rules.md#prerequisites)', () => {
  const withVersions = (versions: (string | undefined)[]): ServerObservation[] =>
    versions.map((v, i) => ({ ...server(`PS0${i + 1}`, 'PS-8'), ...(v === undefined ? { version: undefined } : { version: v }) }));
  const status = (servers: ServerObservation[] | null, agents?: (string | undefined)[]) =>
    migrate({ machines: [vm('a'), vm('b')], servers, settings: FULL, ...(agents ? { agentVersions: agents } : {}) }).prerequisites.slice(
      0,
      2,
    );

  it('server versions at 9.50 or later are met; one older is not; none known is unknown', () => {
    expect(status(withVersions(['9.50', '9.55.6765.1']))[0]).toMatchObject({ status: 'met' });
    expect(status(withVersions(['9.49.1', '9.100']))[0]).toMatchObject({ status: 'not-met', params: { below: ['PS01'] } });
    expect(status(withVersions([undefined, '9.55']))[0]).toMatchObject({ status: 'unknown', params: { missing: ['PS01'] } });
    expect(status(null)[0]).toMatchObject({ status: 'unknown', params: { checked: 0 } });
  });

  it('agent versions from the optional inventory column', () => {
    expect(status(null, ['9.56', '9.60'])[1]).toMatchObject({ status: 'met', params: { checked: 2 } });
    expect(status(null, ['9.56', '9.40'])[1]).toMatchObject({ status: 'not-met', params: { below: ['b'] } });
    expect(status(null, ['9.56', undefined])[1]).toMatchObject({ status: 'unknown', params: { missing: 1 } });
    expect(status(null)[1]).toMatchObject({ status: 'unknown', params: { column: false } });
  });

  it('the rest are listed to check by hand', () => {
    const codes = migrate({ machines: [vm('a')], servers: null, settings: FULL }).prerequisites.map((p) => [p.code, p.status]);
    expect(codes.slice(2)).toEqual([
      ['new-vault', 'unknown'],
      ['managed-disks', 'unknown'],
      ['initial-replication', 'unknown'],
      ['not-failed-over', 'unknown'],
      ['recovery-plans', 'unknown'],
      ['same-endpoint', 'unknown'],
    ]);
  });
});
