import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/planner';
import { fleet, scaleOutOnly, settings } from '../../support/machines';

describe('sites (docs/rules.md#sites)', () => {
  const estate = [...fleet(150, 2, { site: 'Seoul' }), ...fleet(20, 2, { site: 'Busan' })];

  it('stands the configuration server in the busiest site; other sites get their own servers', () => {
    const p = plan(estate, settings());
    expect(p.settings.configSite).toBe('Seoul');
    const cs = p.servers[0]!;
    expect(cs.site).toBe('Seoul');
    expect(cs.machineCount).toBe(150);
    const busan = p.servers.filter((s) => s.site === 'Busan');
    expect(busan.map((s) => [s.role, s.tier, s.machineCount])).toEqual([['scale-out', 'PS-4', 20]]);
    expect(p.sites.find((s) => s.site === 'Busan')!.drivers).toEqual([{ kind: 'other-site', configSite: 'Seoul' }]);
  });

  it('breaks a tie in machine count by the first site name', () => {
    const p = plan([...fleet(10, 1, { site: 'b' }), ...fleet(10, 1, { site: 'a' })], settings());
    expect(p.settings.configSite).toBe('a');
  });

  it('follows a chosen configuration server site', () => {
    const p = plan(estate, settings({ configSite: 'Busan' }));
    expect(p.servers[0]!.site).toBe('Busan');
    expect(p.servers[0]!.machineCount).toBe(20);
    expect(p.servers.filter((s) => s.site === 'Seoul' && s.role === 'scale-out')).toHaveLength(1);
  });

  it('warns when the chosen site has no machines, and replicates every site on scale-out servers', () => {
    const p = plan(estate, settings({ configSite: 'Daegu' }));
    expect(p.warnings.map((w) => w.code)).toContain('config-site-empty');
    expect(p.servers[0]!.machineCount).toBe(0);
    expect(p.servers.filter((s) => s.role === 'scale-out').reduce((n, s) => n + s.machineCount, 0)).toBe(170);
  });

  it('uses the site "" when there is no site column', () => {
    const p = plan(fleet(300, 1), settings());
    expect(p.servers.every((s) => s.site === '')).toBe(true);
    expect(p.settings.configSite).toBe('');
  });

  it('never mixes sites on one server', () => {
    const many = [...fleet(400, 3, { site: 'x' }), ...fleet(333, 5, { site: 'y' }), ...fleet(77, 9, { site: 'z' })];
    const site = new Map(many.map((m) => [m.name, m.site]));
    for (const s of plan(many, settings()).servers) for (const m of s.machines) expect(site.get(m)).toBe(s.site);
  });
});

describe('groups (docs/rules.md#groups)', () => {
  it('keeps a group on one server', () => {
    const machines = [...fleet(100, 1, { prefix: 'solo' }), ...fleet(60, 1, { group: 'erp' }), ...fleet(80, 1, { prefix: 'more' })];
    const p = plan(machines, scaleOutOnly());
    const holders = p.servers.filter((s) => s.machines.some((m) => m.startsWith('vm-erp')));
    expect(holders).toHaveLength(1);
    expect(holders[0]!.machines.filter((m) => m.startsWith('vm-erp'))).toHaveLength(60);
  });

  it('needs a server more when groups cannot share, and says groups forced it', () => {
    const machines = ['a', 'b', 'c'].flatMap((g) => fleet(120, 1, { group: g }));
    const p = plan(machines, scaleOutOnly());
    expect(p.sites[0]!.lowerBound).toBe(2); // 360 machines / 225
    expect(p.servers.filter((s) => s.role === 'scale-out')).toHaveLength(3);
    expect(p.sites[0]!.drivers).toContainEqual({ kind: 'groups', extraServers: 1 });
    expect(p.warnings.map((w) => w.code)).toContain('above-lower-bound');
  });

  it('treats the same group name in two sites as two groups', () => {
    const machines = [...fleet(5, 1, { site: 'a', group: 'g' }), ...fleet(5, 1, { site: 'b', group: 'g' })];
    const p = plan(machines, settings());
    for (const s of p.servers)
      expect(new Set(s.machines.map((m) => m.split('-')[0]))).toEqual(s.machines.length ? new Set([s.site]) : new Set());
  });
});
