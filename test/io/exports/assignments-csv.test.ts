import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Machine } from '../../../src/core/model';
import { planDocument } from '../../../src/core/plan-document';
import { plan } from '../../../src/core/planner';
import { churnFactor } from '../../../src/core/churn-factor';
import { assignmentsCsv } from '../../../src/io/exports/assignments-csv';
import { settings } from '../../support/machines';

const rows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data;

describe('assignmentsCsv', () => {
  it('gives each machine its own site’s server, unplaced machines "(unplaced)", in inventory order', () => {
    const machines: Machine[] = [
      { name: 'app-01', dailyChurnGB: 10, site: 'Seoul', group: '' },
      { name: 'huge-01', dailyChurnGB: 3000, site: 'Seoul', group: '' },
      { name: 'app-01', dailyChurnGB: 20, site: 'Busan', group: 'erp' },
      { name: '=cmd', dailyChurnGB: 1.23456, site: 'Busan', group: '' },
      { name: 'app-02', dailyChurnGB: 5, site: 'Seoul', group: '' },
    ];
    const s = settings({ configSite: 'Seoul', growthPercent: 10 });
    const p = plan(machines, s);
    const doc = planDocument(p, machines.length, []);
    expect(doc.unplaced.map((u) => u.machine)).toEqual(['huge-01']);
    const server = (site: string) => doc.servers.find((x) => x.site === site && x.machines.length > 0)!;

    const out = rows(assignmentsCsv(doc, machines, churnFactor(s)));
    expect(out).toEqual([
      ['machine', 'site', 'group', 'server', 'tier', 'churnGBPerDay'],
      ['app-01', 'Seoul', '', server('Seoul').id, server('Seoul').tier, '11'],
      ['huge-01', 'Seoul', '', '(unplaced)', '', '3300'],
      ['app-01', 'Busan', 'erp', server('Busan').id, server('Busan').tier, '22'],
      ["'=cmd", 'Busan', '', server('Busan').id, server('Busan').tier, '1.358'],
      ['app-02', 'Seoul', '', server('Seoul').id, server('Seoul').tier, '5.5'],
    ]);
    expect(server('Seoul').id).toBe('CS');
    expect(server('Busan').id).toBe('PS01');
  });

  it('uses the BOM and CRLF convention', () => {
    const csv = assignmentsCsv(planDocument(plan([], settings()), 0, []), [], 1);
    expect(csv).toBe('\uFEFFmachine,site,group,server,tier,churnGBPerDay\r\n');
  });

  it('exports 100k machines quickly (sanity bound, not a benchmark)', () => {
    const sites = ['Seoul', 'Busan', 'Daejeon'];
    const machines: Machine[] = Array.from({ length: 100_000 }, (_, i) => ({
      name: `vm-${i % 40_000}`,
      dailyChurnGB: (i % 97) / 7,
      site: sites[i % 3]!,
      group: i % 50 === 0 ? `g${i % 7}` : '',
    }));
    // Same name in several sites: key by site AND name, or the lookup would mix them up.
    const s = settings();
    const doc = planDocument(plan(machines, s), machines.length, []);
    const started = performance.now();
    const csv = assignmentsCsv(doc, machines, churnFactor(s));
    const ms = performance.now() - started;
    // A guard against quadratic work (minutes at 100k), not a benchmark: a shared CI machine under
    // load took 2.1 s for what takes 0.3 s idle; speed is measured by `npm run bench`.
    expect(ms).toBeLessThan(15_000);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(100_002);
    const siteOf = new Map(doc.servers.map((x) => [x.id, x.site]));
    for (let i = 0; i < machines.length; i += 997) {
      const [name, site, , server] = lines[i + 1]!.split(',');
      expect([name, site]).toEqual([machines[i]!.name, machines[i]!.site]);
      expect(siteOf.get(server!)).toBe(site);
    }
  });
});
