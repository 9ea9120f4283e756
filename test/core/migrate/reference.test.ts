import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Machine } from '../../../src/core/model';
import { migrate } from '../../../src/core/migrate';
import { checkMigration } from '../../support/reference-migration';
import { migrateText } from '../../support/pipelines';
import { realisticInventory, rng } from '../../support/random-inventory';
import { ROOT } from '../../support/run-cli';

/*
 * Running deployments this code did not write (the shipped sample, the rebalance fixtures, seeded
 * random estates) checked against the independent reference in test/support/reference-migration.ts.
 */

const text = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const SETTINGS = [
  { multiplier: 1, growthPercent: 0, headroomPercent: 100 },
  { multiplier: 1, growthPercent: 30, headroomPercent: 70 },
  { multiplier: 1.5, growthPercent: 0, headroomPercent: 85 },
];

describe('migration of files it did not write, against the reference', () => {
  it.each(SETTINGS)('the shipped sample at multiplier $multiplier, growth $growthPercent %, headroom $headroomPercent %', (settings) => {
    const r = migrateText(text('public/samples/running-deployment.csv'), text('public/samples/running-deployment-servers.csv'), settings);
    const ref = checkMigration(r.machines, r.document);
    expect(r.document.summary.machinesToMigrate).toBe(r.machines.filter((m) => m.processServer !== undefined).length);
    expect(ref.sites.size).toBe(2);
    // Deterministic: the same input gives the same document.
    expect(
      JSON.stringify(
        migrateText(text('public/samples/running-deployment.csv'), text('public/samples/running-deployment-servers.csv'), settings)
          .document,
      ),
    ).toBe(JSON.stringify(r.document));
  });

  it('the sample keeps every classic server on one appliance and needs fewer than the rule of thumb', () => {
    const r = migrateText(
      text('public/samples/running-deployment.csv'),
      text('public/samples/running-deployment-servers.csv'),
      SETTINGS[0]!,
    );
    expect(r.document.summary).toMatchObject({
      appliances: 4,
      lowerBound: 4,
      ruleOfThumbAppliances: 5,
      splitSourceServers: 0,
      newProtection: 4,
    });
    expect(r.document.sites.map((s) => [s.site, s.reason])).toEqual([
      ['Busan', 'fits-fewer'],
      ['Seoul', 'same'],
    ]);
  });

  it.each([
    ['rebalance/small.csv', 'rebalance/small-servers.csv'],
    ['rebalance/needs-new.csv', 'rebalance/needs-new-servers.csv'],
    ['rebalance/korean.csv', 'rebalance/korean-servers.csv'],
    ['rebalance/no-assignment.csv', 'rebalance/small-servers.csv'],
  ])('rebalance fixture %s with %s', (inv, srv) => {
    const r = migrateText(text(`test/fixtures/${inv}`), text(`test/fixtures/${srv}`), SETTINGS[0]!);
    checkMigration(r.machines, r.document);
  });

  it('seeded random deployments: every rule holds, small-machine sites meet the lower bound, fitting servers stay whole', () => {
    let small = 0;
    let kept = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const machines = randomDeployment(seed);
      const settings = SETTINGS[seed % SETTINGS.length]!;
      const m = migrate({ machines, servers: null, settings });
      const doc = JSON.parse(JSON.stringify(m)) as Parameters<typeof checkMigration>[1];
      let ref;
      try {
        ref = checkMigration(machines, doc);
      } catch (e) {
        throw new Error(`seed ${seed}: ${(e as Error).message}`, { cause: e });
      }
      small += [...ref.sites.values()].filter((s) => s.small).length;
      kept += ref.keepable;
      expect(JSON.stringify(migrate({ machines, servers: null, settings }))).toBe(JSON.stringify(m));
    }
    // The estates exercise what the reference checks.
    expect(small).toBeGreaterThan(10);
    expect(kept).toBeGreaterThan(50);
  });
});

/** A classic deployment: a realistic estate, machines spread over 1–6 classic servers per site, some not replicating, disks on most. */
export function randomDeployment(seed: number): Machine[] {
  const r = rng(seed * 7919);
  const machines = realisticInventory(seed, {
    machines: 50 + Math.floor(r() * 900),
    sites: 1 + Math.floor(r() * 3),
    groupedShare: seed % 3 === 0 ? 0 : r() * 0.3,
  });
  const servers = 1 + Math.floor(r() * 6);
  const groupServer = new Map<string, string>();
  return machines.map((m) => {
    const ps = m.group !== '' ? (groupServer.get(m.group) ?? `PS${1 + Math.floor(r() * servers)}`) : `PS${1 + Math.floor(r() * servers)}`;
    if (m.group !== '') groupServer.set(m.group, ps);
    const out: Machine = { ...m };
    if (r() < 0.95) out.processServer = `${m.site}-${ps}`;
    if (r() < 0.8) {
      out.disks = 1 + Math.floor(r() * 4);
      out.provisionedGB = 40 + Math.floor(r() * 2000);
    } else if (r() < 0.5) out.usedGB = 10 + Math.floor(r() * 500);
    return out;
  });
}
