import { describe, expect, it } from 'vitest';
import type { Machine, ScaleOutDriver } from '../../../src/core/model';
import { plan } from '../../../src/core/planner';
import { translator, type MessageKey } from '../../../src/i18n/catalogue';
import { planContext } from '../../../src/i18n/plan-context';
import { fleet, settings } from '../../support/machines';

// "Why this many servers" (issue 10, item 14): the explanation must be true of unplaced and dedicated machines.

const one = (name: string, dailyChurnGB: number, site = ''): Machine => ({ name, dailyChurnGB, site, group: '' });
const say = (d: ScaleOutDriver) =>
  (translator('en') as (k: MessageKey, p: object) => string)(`why.${d.kind}` as MessageKey, { ...d, ...planContext('asr-classic') });

describe('why this many servers', () => {
  it('does not say the built-in process server replicates every machine of a site while one of them is unplaced', () => {
    const p = plan([...fleet(150, 5), one('bigdb-01', 2500.5)], settings());
    expect(p.servers.map((s) => [s.id, s.machineCount])).toEqual([['CS', 150]]);
    const site = p.sites[0]!;
    expect(site.unplacedMachines).toBe(1);
    expect(site.drivers).toEqual([
      { kind: 'built-in-only', machines: 150 },
      { kind: 'unplaced', machines: 1 },
    ]);
    const text = site.drivers.map(say).join(' ');
    expect(text).not.toMatch(/every machine/);
    expect(text).toContain('replicates the 150 machines of this site that a process server can take');
    expect(text).toContain('1 machine of this site can’t be placed on any one process server: it is on no server of this plan');
  });

  it('says so for a site whose only machines are unplaced, with no claim about the built-in process server', () => {
    const p = plan([...fleet(20, 5, { site: 'Seoul' }), one('huge', 3000, 'Busan')], settings());
    const busan = p.sites.find((s) => s.site === 'Busan')!;
    expect(busan.scaleOutServers).toBe(0);
    expect(busan.drivers).toEqual([{ kind: 'unplaced', machines: 1 }]);
  });

  it('measures the built-in share against the shared load: a dedicated machine is its own reason, not the 2 TB rule', () => {
    // 100 × 5 = 500 GB/day shared, fits the built-in 1433.6 at 70 %; "warehouse" (1500) exceeds a PS-12 at 70 %.
    const p = plan([...fleet(100, 5), one('warehouse', 1500)], settings({ headroomPercent: 70 }));
    const site = p.sites[0]!;
    expect(p.servers.filter((s) => s.dedicated).map((s) => s.machines)).toEqual([['warehouse']]);
    expect(site.drivers.map((d) => d.kind)).not.toContain('churn');
    expect(site.drivers).toContainEqual({ kind: 'dedicated', items: 1, machines: 1, tier: 'PS-12' });
    expect(site.drivers.map(say).join(' ')).toContain(
      'One machine or group (1 machine) exceeds the limits at this headroom and gets a dedicated PS-12.',
    );
  });

  it('keeps the 2 TB rule when the shared load itself is over the share', () => {
    const p = plan([...fleet(100, 25), one('warehouse', 1500)], settings({ headroomPercent: 70 }));
    expect(p.sites[0]!.drivers).toContainEqual({ kind: 'churn', churnGBPerDay: 2500, limit: 1433.6 });
  });
});
