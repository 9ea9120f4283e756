import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/core/migrate';
import type { Machine } from '../../../src/core/model';
import { batchesCsv } from '../../../src/io/exports/batches-csv';

const vm = (name: string, over: Partial<Machine> = {}): Machine => ({
  name,
  dailyChurnGB: 1,
  site: 'Seoul',
  group: '',
  processServer: 'PS01',
  ...over,
});

describe('batchesCsv', () => {
  it('one row per machine in batch order, with its group and classic server, times as the batch has them, cells neutralised', () => {
    const machines = [
      vm('=cmd|calc', { group: 'erp', disks: 2, provisionedGB: 512 }),
      vm('db-01', { group: 'erp', disks: 1, provisionedGB: 100 }),
      vm('web-01', { processServer: 'PS02' }),
      vm('new-01', { processServer: undefined }),
    ];
    const m = migrate({ machines, servers: null, settings: { multiplier: 1, growthPercent: 0, headroomPercent: 100 } });
    const csv = batchesCsv(m.batches, machines);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'batch,site,appliance,machine,group,fromServer,hoursIfHealthy,hoursOtherwise',
      "B01,Seoul,APP01,'=cmd|calc,erp,PS01,1-2,",
      'B01,Seoul,APP01,db-01,erp,PS01,1-2,',
      'B01,Seoul,APP01,web-01,,PS02,1-2,',
      '',
    ]);
    // Disks known for every machine of a batch: its time otherwise is written.
    const known = machines.slice(0, 2);
    const k = migrate({ machines: known, servers: null, settings: { multiplier: 1, growthPercent: 0, headroomPercent: 100 } });
    expect(batchesCsv(k.batches, known)).toContain('B01,Seoul,APP01,db-01,erp,PS01,1-2,4.2');
  });
});
