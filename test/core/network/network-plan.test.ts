import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LinkSettings, Machine } from '../../../src/core/model';
import { networkPlan, waveCapacityGB } from '../../../src/core/network';
import { plan } from '../../../src/core/planner';
import { readInventory } from '../../../src/io/inventory';
import { fleet, settings } from '../../support/machines';
import { realisticInventory, rng } from '../../support/random-inventory';
import { referenceNetwork } from '../../support/reference-network';
import { said } from '../../support/said';

const link = (over: Partial<LinkSettings> = {}): LinkSettings => ({ allSitesMbps: 1000, siteMbps: {}, irGoalHours: 72, ...over });
const mbit = (gbPerDay: number) => (gbPerDay * 8 * 1024) / 86400;
const networkOf = (machines: Machine[], l: LinkSettings | undefined, over = {}) =>
  networkPlan(machines, plan(machines, settings({ link: l, ...over })));

describe('the network of a plan (docs/rules.md#network)', () => {
  it('is absent without a link', () => {
    expect(networkOf(fleet(3, 1), undefined)).toBeUndefined();
  });

  it('gives each site and server its average bandwidth from effective churn, in Mbit/s', () => {
    const n = networkOf(fleet(4, 10.8), link(), { multiplier: 2, growthPercent: 25 })!;
    expect(n.sites[0]!.averageMbps).toBeCloseTo(mbit(4 * 10.8 * 2.5), 9);
    expect(n.servers.reduce((s, x) => s + x.averageMbps, 0)).toBeCloseTo(n.sites[0]!.averageMbps, 9);
  });

  it('sums the peaks (machines without one at their average), null when no machine gives one', () => {
    const ms: Machine[] = [
      { name: 'a', dailyChurnGB: 8.4375, site: '', group: '', peakChurnMBps: 5 },
      { name: 'b', dailyChurnGB: 84.375, site: '', group: '' },
    ];
    const n = networkOf(ms, link())!;
    // 5 MB/s = 40 Mbit/s; 84.375 GB/day = 1 MB/s on average = 8 Mbit/s.
    expect(n.sites[0]!.peakMbps).toBeCloseTo(48, 9);
    expect(n.sites[0]!.peakMissing).toBe(1);
    expect(networkOf(fleet(2, 1), link())!.sites[0]!.peakMbps).toBeNull();
  });

  it('sizes a machine by used storage, else provisioned (counted), else lists it as unknown and leaves it out', () => {
    const ms: Machine[] = [
      { name: 'used', dailyChurnGB: 1, site: '', group: '', usedGB: 100, provisionedGB: 900 },
      { name: 'prov', dailyChurnGB: 1, site: '', group: '', provisionedGB: 200 },
      { name: 'none', dailyChurnGB: 1, site: '', group: '' },
    ];
    const s = networkOf(ms, link())!.sites[0]!;
    expect(s.waves).toHaveLength(1);
    expect(s.waves[0]!.machines).toEqual(['prov', 'used']);
    expect(s.waves[0]!.gb).toBe(300);
    expect(s.unknownSize).toEqual(['none']);
    expect(s.provisionedSized).toBe(1);
    expect(s.irHours).toBeCloseTo((300 * 8192) / (1000 * 3600), 9);
  });

  it('keeps a group whole across waves, its unknown-size members listed apart', () => {
    const cap = waveCapacityGB(72, 100);
    const ms: Machine[] = [
      { name: 'g1', dailyChurnGB: 1, site: '', group: 'G', usedGB: cap * 0.4 },
      { name: 'solo', dailyChurnGB: 1, site: '', group: '', usedGB: cap * 0.5 },
      { name: 'g2', dailyChurnGB: 1, site: '', group: 'G', usedGB: cap * 0.4 },
      { name: 'g3', dailyChurnGB: 1, site: '', group: 'G' },
    ];
    const s = networkOf(ms, link({ allSitesMbps: 100 }))!.sites[0]!;
    expect(s.waves.map((w) => w.machines)).toEqual([['g1', 'g2'], ['solo']]);
    expect(s.unknownSize).toEqual(['g3']);
  });

  it('uses a site’s own link over the one for all sites; a site with neither has no waves and no backlog', () => {
    const ms = [...fleet(2, 1, { site: 'Busan' }), ...fleet(2, 1, { site: 'Seoul' }), ...fleet(1, 1, { site: 'Jeju' })].map((m) => ({
      ...m,
      usedGB: 10,
    }));
    const n = networkOf(ms, link({ allSitesMbps: null, siteMbps: { Seoul: 50, Busan: 20 } }))!;
    expect(n.linkMbps).toEqual({ Busan: 20, Seoul: 50 });
    const jeju = n.sites.find((s) => s.site === 'Jeju')!;
    expect(jeju).toMatchObject({ linkMbps: null, waves: [], irHours: null, backlogGBPerHour: null });
    expect(n.sites.find((s) => s.site === 'Seoul')!.linkMbps).toBe(50);
    const both = networkOf(ms, link({ allSitesMbps: 5, siteMbps: { Seoul: 50 } }))!;
    expect(both.linkMbps).toEqual({ Busan: 5, Jeju: 5, Seoul: 50 });
  });

  it('gives a site named like an Object method no inherited link', () => {
    const n = networkOf(fleet(1, 1, { site: 'constructor' }), link({ allSitesMbps: null, siteMbps: { Seoul: 5 } }))!;
    expect(n.sites[0]!.linkMbps).toBeNull();
  });

  it('with the link equal to the churn: no backlog, no cache fills', () => {
    const ms = fleet(10, 86.4);
    const n = networkOf(ms, link({ allSitesMbps: mbit(864) }))!;
    expect(n.sites[0]!.backlogGBPerHour).toBe(0);
    expect(n.servers.every((s) => s.cacheFullHours === null)).toBe(true);
  });

  it('where churn outruns the link, the backlog grows at (churn − link) × 3600 / 8192 GB/h, shared by churn; caches 80 % full at its cache size', () => {
    // 300 machines over the built-in server and a scale-out one, 20 GB/day each; a 10 Mbit/s link.
    const ms = fleet(300, 20);
    const n = networkOf(ms, link({ allSitesMbps: 10 }))!;
    const site = n.sites[0]!;
    expect(site.backlogGBPerHour).toBeCloseTo(((mbit(6000) - 10) * 3600) / 8192, 9);
    const shares = n.servers.map((s) => s.backlogGBPerHour);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(site.backlogGBPerHour!, 9);
    for (const s of n.servers.filter((x) => x.averageMbps > 0)) {
      expect(s.backlogGBPerHour / site.backlogGBPerHour!).toBeCloseTo(s.averageMbps / site.averageMbps, 9);
      expect(s.cacheFullHours).toBeCloseTo((0.8 * s.cacheGB) / s.backlogGBPerHour, 9);
    }
  });

  it('leaves unplaced machines out: the network carries what the plan replicates', () => {
    const ms: Machine[] = [...fleet(2, 1), { name: 'monster', dailyChurnGB: 5000, site: '', group: '', usedGB: 10 }];
    const n = networkOf(ms, link())!;
    expect(n.sites[0]!.averageMbps).toBeCloseTo(mbit(2), 9);
    expect(n.sites[0]!.unknownSize).toEqual(['vm-1', 'vm-2']);
    expect(n.sites[0]!.waves).toEqual([]);
  });

  it('works under asr-modernized: appliances are the servers', () => {
    const ms = fleet(400, 10).map((m) => ({ ...m, usedGB: 50 }));
    const n = networkOf(ms, link({ allSitesMbps: 1000 }), { ruleSet: 'asr-modernized' })!;
    expect(n.servers.length).toBeGreaterThan(1);
    expect(n.servers.every((s) => s.cacheGB > 0)).toBe(true);
    expect(n.sites[0]!.waves.flatMap((w) => w.machines)).toHaveLength(400);
  });
});

// Estates nobody wrote for this: the samples, the CLI fixtures, and seeded random ones.
const files = [
  'public/samples/shop-60.csv',
  'public/samples/estate-1200.csv',
  'test/fixtures/inventories/rvtools-vinfo.csv',
  'test/fixtures/inventories/korean-estate.csv',
  'test/fixtures/cli/two-sites.csv',
];

function expectAgrees(machines: Machine[], over: Parameters<typeof settings>[0]) {
  const p = plan(machines, settings(over));
  const mine = networkPlan(machines, p)!;
  const ref = referenceNetwork(machines, p);
  expect(mine.sites.map((s) => s.site)).toEqual(ref.sites.map((s) => s.site));
  mine.sites.forEach((s, i) => {
    const r = ref.sites[i]!;
    expect(s.averageMbps).toBeCloseTo(r.averageMbps, 6);
    if (r.peakMbps === null) expect(s.peakMbps).toBeNull();
    else expect(s.peakMbps).toBeCloseTo(r.peakMbps, 6);
    expect(s.linkMbps).toBe(r.linkMbps);
    expect(s.waves.map((w) => w.machines)).toEqual(r.waves.map((w) => w.machines));
    s.waves.forEach((w, k) => expect(w.hours).toBeCloseTo(r.waves[k]!.hours, 6));
    expect(s.unknownSize).toEqual(r.unknownSize);
    expect(s.blocked).toEqual(r.notSeeded);
    if (r.irHours === null) expect(s.irHours).toBeNull();
    else expect(s.irHours).toBeCloseTo(r.irHours, 6);
    if (r.backlogGBPerHour === null) expect(s.backlogGBPerHour).toBeNull();
    else expect(s.backlogGBPerHour).toBeCloseTo(r.backlogGBPerHour, 6);
  });
  mine.servers.forEach((s, i) => {
    const r = ref.servers[i]!;
    expect(s.id).toBe(r.id);
    expect(s.averageMbps).toBeCloseTo(r.averageMbps, 6);
    if (r.cacheFullHours === null) expect(s.cacheFullHours).toBeNull();
    else expect(s.cacheFullHours).toBeCloseTo(r.cacheFullHours, 6);
  });
  return mine;
}

describe('the network agrees with an independent computation on estates nobody wrote for it', () => {
  for (const file of files) {
    it(file, () => {
      const read = readInventory(readFileSync(file, 'utf8'));
      if (!read.ok) throw new Error(said(read.issues[0]));
      for (const mbps of [10, 100, 1000, 10_000])
        for (const ruleSet of ['asr-classic', 'asr-modernized'])
          expectAgrees(read.value.machines, { ruleSet, link: link({ allSitesMbps: mbps, irGoalHours: 24 }), growthPercent: 30 });
    });
  }

  it('seeded random estates, some machines without sizes or peaks, in groups and sites', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const r = rng(seed * 97);
      const machines = realisticInventory(seed, { machines: 300 + seed * 40, sites: 1 + (seed % 4), groupedShare: 0.2 }).map((m) => {
        const x = r();
        return {
          ...m,
          ...(x < 0.6 ? { usedGB: Math.round(r() * 2000) } : x < 0.85 ? { provisionedGB: Math.round(r() * 4000) } : {}),
          ...(r() < 0.5 ? { peakChurnMBps: r() * 40 } : {}),
        };
      });
      const mbps = [5, 50, 500, 5000][seed % 4]!;
      const n = expectAgrees(machines, {
        link: link({ allSitesMbps: mbps, irGoalHours: 12 + seed * 6 }),
        ruleSet: seed % 2 ? 'asr-classic' : 'asr-modernized',
      });
      expect(n.sites.length).toBeGreaterThan(0);
    }
  });
});

describe('the network across re-plans of one inventory', () => {
  const machines = fleet(400, 30).map((m, i) => ({ ...m, usedGB: 100 + i }));
  const at = (over: Parameters<typeof settings>[0]) => networkPlan(machines, plan(machines, settings(over)))!;

  it('reuses the sites’ waves when only the servers change (headroom), and works out the servers’ shares again', () => {
    const a = at({ link: link({ allSitesMbps: 50 }) });
    const b = at({ link: link({ allSitesMbps: 50 }), headroomPercent: 60 });
    expect(b.sites).toBe(a.sites);
    expect(b.servers.length).toBeGreaterThan(a.servers.length);
    expect(b.servers.reduce((s, x) => s + x.backlogGBPerHour, 0)).toBeCloseTo(b.sites[0]!.backlogGBPerHour!, 9);
  });

  it('works the waves out again when the link, the goal or the churn changes', () => {
    const a = at({ link: link({ allSitesMbps: 50 }) });
    for (const over of [
      { link: link({ allSitesMbps: 60 }) },
      { link: link({ allSitesMbps: 50, irGoalHours: 12 }) },
      { link: link({ allSitesMbps: 50 }), multiplier: 2 },
    ]) {
      const b = at(over);
      expect(b.sites).not.toBe(a.sites);
      expectAgrees(machines, over);
    }
  });
});
