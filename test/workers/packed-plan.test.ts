import { describe, expect, it } from 'vitest';
import { planJson } from '../../src/io/documents';
import { planDocument } from '../../src/core/plan-document';
import { networkPlan } from '../../src/core/network';
import { plan } from '../../src/core/planner';
import { packPlan, unpacker } from '../../src/workers/packed-plan';
import { fleet, settings } from '../support/machines';

describe('packed plans (worker → page)', () => {
  const machines = [
    ...fleet(300, 4, { site: 'a' }),
    ...fleet(40, 9, { site: 'b', prefix: '서버' }),
    { name: '', dailyChurnGB: 1, site: 'a', group: '' },
  ];
  const doc = planDocument(
    plan(
      machines.filter((m) => m.name !== ''),
      settings(),
    ),
    340,
    [],
  );

  it('carries no machine list in the document and gives every list back unchanged', () => {
    const packed = packPlan(doc);
    expect(packed.document.servers.every((s) => s.machines.length === 0)).toBe(true);
    const u = unpacker(packed);
    for (const s of doc.servers) expect(u.listOf(s.id)).toEqual(s.machines);
    expect(JSON.stringify(u.whole())).toBe(JSON.stringify(doc));
  });

  it('keeps names with separators, newlines and non-Latin letters intact', () => {
    const odd = plan(
      [
        { name: 'a,b', dailyChurnGB: 1, site: '', group: '' },
        { name: 'x\ny', dailyChurnGB: 1, site: '', group: '' },
        { name: '웹서버', dailyChurnGB: 1, site: '', group: '' },
      ],
      settings(),
    );
    const d = planDocument(odd, 3, []);
    expect(unpacker(packPlan(d)).whole()).toEqual(d);
  });

  it('gives an empty list for a server without machines or an unknown id', () => {
    const u = unpacker(packPlan(planDocument(plan([], settings()), 0, [])));
    expect(u.listOf('CS')).toEqual([]);
    expect(u.listOf('PS99')).toEqual([]);
  });
});

describe('packed plans with a network (issue 15)', () => {
  it('carries the waves’ machines, unknown sizes and blocked machines packed, and gives them back in the same bytes', () => {
    const machines = [
      ...fleet(120, 40, { site: 'a' }).map((m, i) => (i % 5 === 0 ? m : { ...m, usedGB: 100 + i })),
      ...fleet(30, 2, { site: 'b', prefix: '웹' }).map((m) => ({ ...m, provisionedGB: 50 })),
    ];
    const p = plan(machines, settings({ link: { allSitesMbps: 20, siteMbps: { b: 1000 }, irGoalHours: 24 } }));
    const doc = planDocument(p, machines.length, [], [], networkPlan(machines, p));
    expect(doc.network!.sites.some((s) => s.blocked.length > 0 && s.unknownSize.length > 0 && s.waves.length > 1)).toBe(true);
    const packed = packPlan(doc);
    const lite = packed.document.network!;
    expect(
      lite.sites.every((s) => s.unknownSize.length === 0 && s.blocked.length === 0 && s.waves.every((w) => w.machines.length === 0)),
    ).toBe(true);
    expect(lite.sites.map((s) => s.blockedCount)).toEqual(doc.network!.sites.map((s) => s.blocked.length));
    const u = unpacker(packed);
    expect(u.network()).toEqual(doc.network);
    expect(JSON.stringify(u.whole())).toBe(JSON.stringify(doc));
    expect(planJson(u.whole())).toBe(planJson(doc));
  });
});
