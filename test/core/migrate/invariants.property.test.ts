import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Machine } from '../../../src/core/model';
import { migrate } from '../../../src/core/migrate';
import { checkMigration, type PublishedMigration } from '../../support/reference-migration';

/* Invariants of every migration, over arbitrary classic deployments (docs/rules.md#migration-from-classic). */

const deploymentArb = fc
  .record({
    rows: fc.array(
      fc.record({
        churn: fc.oneof(
          { weight: 6, arbitrary: fc.double({ min: 0, max: 20, noNaN: true }) },
          { weight: 2, arbitrary: fc.double({ min: 20, max: 400, noNaN: true }) },
          { weight: 1, arbitrary: fc.double({ min: 400, max: 2600, noNaN: true }) },
        ),
        copies: fc.integer({ min: 1, max: 40 }),
        group: fc.integer({ min: -4, max: 3 }),
        server: fc.integer({ min: -1, max: 5 }),
        site: fc.nat(1),
        disk: fc.option(fc.record({ disks: fc.integer({ min: 1, max: 8 }), gb: fc.integer({ min: 1, max: 8000 }) })),
      }),
      { maxLength: 25 },
    ),
    settings: fc.record({
      multiplier: fc.constantFrom(1, 1.3),
      growthPercent: fc.constantFrom(0, 30),
      headroomPercent: fc.oneof(fc.constant(100), fc.constant(70), fc.integer({ min: 50, max: 100 })),
    }),
  })
  .map(({ rows, settings }) => {
    const machines = rows.flatMap((r, i): Machine[] =>
      Array.from({ length: r.copies }, (_, k) => ({
        name: `vm-${i}-${k}`,
        dailyChurnGB: r.churn / r.copies,
        site: ['A', 'B'][r.site]!,
        group: r.group < 0 ? '' : `g${r.group}`,
        ...(r.server < 0 ? {} : { processServer: `PS${r.server}` }),
        ...(r.disk ? { disks: r.disk.disks, provisionedGB: r.disk.gb } : {}),
      })),
    );
    return { machines, settings };
  });

describe('migration invariants (fast-check, checked by the independent reference)', () => {
  it('every machine on one appliance or unplaced, replicating ones in one batch, batches ≤ 10 or one group, groups whole, sites unmixed, limits kept, times by §11, deterministic', () => {
    fc.assert(
      fc.property(deploymentArb, ({ machines, settings }) => {
        const m = migrate({ machines, servers: null, settings });
        checkMigration(machines, JSON.parse(JSON.stringify(m)) as PublishedMigration);
        expect(JSON.stringify(migrate({ machines, servers: null, settings }))).toBe(JSON.stringify(m));
        expect(m.summary.machinesToMigrate + m.summary.newProtection + m.summary.unplacedMachines).toBe(machines.length);
        expect(m.summary.appliances).toBeGreaterThanOrEqual(m.summary.lowerBound);
      }),
      { numRuns: 150 },
    );
  });
});
