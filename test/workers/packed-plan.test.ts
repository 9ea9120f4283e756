import { describe, expect, it } from 'vitest';
import { planDocument } from '../../src/core/plan-document';
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
