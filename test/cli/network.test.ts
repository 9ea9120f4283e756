import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../support/run-cli';

/*
 * plan --link-mbps / --ir-goal-hours (issue 15). network.csv, worked out by hand (docs/rules.md#network):
 * Seoul churns 140.4 GB/day = 13.312 Mbit/s; its DB group (3,000 GB, 8.192 Mbit/s) is bigger than a
 * 24 h wave at 100 Mbit/s (24 × 3600 × 100 / 8192 = 1,054.7 GB): a wave of its own, 3000 × 8192 /
 * (3600 × 100) = 68.27 h. Wave 2 has 100 − 8.192 = 91.808 Mbit/s: 968.3 GB, so app-1 (500 GB
 * provisioned) and app-2 (300 GB) in 800 × 8192 / (3600 × 91.808) = 19.83 h. web-1 has no size.
 * Peak: 10 and 2 MB/s × 8 = 96 Mbit/s, plus the others at average (4.096 + 2.048 + 1.024) = 103.17.
 * Busan: 1,080 GB/day = 102.4 Mbit/s over 50: (102.4 − 50) × 3600 / 8192 = 23.027 GB/h behind;
 * PS01 (PS-12, 1,024 GB cache) holds all of it: 0.8 × 1024 / 23.027 = 35.58 h.
 */

const plan = (...args: string[]) => runCli('plan', [fixture('cli/network.csv'), ...args]);
const LINK = ['--link-mbps', '100', '--link-mbps', 'busan=50', '--ir-goal-hours', '24'];

describe('plan with a link to Azure', () => {
  it('publishes the network in exactly the issue’s shape, after everything else', () => {
    const r = plan(...LINK, '--json');
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc).at(-1)).toBe('network');
    expect(doc.settings.link).toEqual({ allSitesMbps: 100, siteMbps: { Busan: 50 }, irGoalHours: 24 });
    expect(doc.network).toEqual({
      linkMbps: { Busan: 50, Seoul: 100 },
      irGoalHours: 24,
      sites: [
        {
          site: 'Busan',
          averageMbps: 102.4,
          peakMbps: null,
          linkMbps: 50,
          irHours: 4.55,
          waves: [{ wave: 1, machines: ['dr-1'], gb: 100, hours: 4.55 }],
          unknownSize: [],
          backlogGBPerHour: 23.027,
        },
        {
          site: 'Seoul',
          averageMbps: 13.31,
          peakMbps: 103.17,
          linkMbps: 100,
          irHours: 88.1,
          waves: [
            { wave: 1, machines: ['db-1', 'db-2'], gb: 3000, hours: 68.27 },
            { wave: 2, machines: ['app-1', 'app-2'], gb: 800, hours: 19.83 },
          ],
          unknownSize: ['web-1'],
          backlogGBPerHour: 0,
        },
      ],
      servers: [
        { id: 'CS', averageMbps: 13.31, cacheFullHours: null },
        { id: 'PS01', averageMbps: 102.4, cacheFullHours: 35.58 },
      ],
    });
  });

  it('publishes it under asr-modernized too, appliances as the servers', () => {
    const doc = JSON.parse(plan(...LINK, '--json', '--rule-set', 'asr-modernized').stdout);
    expect(Object.keys(doc).at(-1)).toBe('network');
    expect(doc.network.servers.map((s: { id: string }) => s.id)).toEqual(doc.servers.map((s: { id: string }) => s.id));
    expect(doc.network.sites[1].waves).toHaveLength(2);
  });

  it('leaves the JSON as it was without a link', () => {
    const r = plan('--json');
    expect(JSON.parse(r.stdout)).not.toHaveProperty('network');
    expect(JSON.parse(r.stdout).settings).not.toHaveProperty('link');
  });

  it('says the network in the readable report: bandwidth, waves, caches that fill', () => {
    const out = plan(...LINK).stdout;
    expect(out).toContain(
      'Link to Azure: 100 Mbit/s for every other site and 50 Mbit/s for Busan; initial replication goal 24 h per wave.',
    );
    expect(out).toContain('Network to Azure:');
    expect(out).toContain('Initial replication: 2 waves, done in 88.1 h (goal 24 h per wave).');
    expect(out).toContain('Wave 1: 2 machines, 3,000 GB, 0–68.3 h: db-1, db-2');
    expect(out).toContain('1 machine has neither used nor provisioned storage: left out of the waves.');
    expect(out).toContain('1 machine is sized by provisioned storage');
    expect(out).toContain('In site Busan churn (102.4 Mbit/s) outruns the link (50 Mbit/s): the caches fall behind by 23 GB an hour.');
    expect(out).toContain('PS01’s 1,024 GB cache is 80 % full in 35.6 h; below 20 % free, replication is throttled.');
  });

  it('stops the waves where the churn already protected fills the link, and says so', () => {
    const doc = JSON.parse(plan('--link-mbps', '10', '--ir-goal-hours', '24', '--json').stdout);
    const seoul = doc.network.sites.find((s: { site: string }) => s.site === 'Seoul');
    // DB's 8.192 Mbit/s leaves 1.808: app-1 (500 GB) is bigger than a wave (19.07 GB), a wave of its own; then the link is full.
    expect(seoul.waves.map((w: { machines: string[] }) => w.machines)).toEqual([['db-1', 'db-2'], ['app-1']]);
    expect(seoul.irHours).toBeNull();
    expect(plan('--link-mbps', '10', '--ir-goal-hours', '24').stdout).toContain(
      'After 2 waves the churn of the protected machines fills the link: no further wave fits, and 1 machine can’t be seeded',
    );
  });

  it('refuses a link it can’t use, exit 2', () => {
    for (const [args, message] of [
      [['--link-mbps', 'Jeju=5'], '--link-mbps "Jeju=…" names no site of this inventory (sites: "Seoul", "Busan")'],
      [['--ir-goal-hours', '12'], '--ir-goal-hours needs a link: add --link-mbps'],
      [['--link-mbps', 'fast'], '--link-mbps takes Mbit/s'],
      [['--link-mbps', '0'], '--link-mbps takes Mbit/s'],
      [['--link-mbps', '10', '--ir-goal-hours', '0'], '--ir-goal-hours takes a number of hours from 1 to 8760'],
    ] as const) {
      const r = plan(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});
