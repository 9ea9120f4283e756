import { describe, expect, it } from 'vitest';
import { billOfMaterials } from '../../src/core/bill-of-materials';
import { canonicalJson, contentHash, documentId, inputKey } from '../../src/core/document-id';
import { serverMachines } from '../../src/core/machine-rows';
import type { Machine } from '../../src/core/model';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { planDocument } from '../../src/core/plan-document';
import { planRisks } from '../../src/core/plan-risks';
import { churnSourcesOf } from '../../src/core/churn-rate';
import { plan } from '../../src/core/planner';

const machine = (name: string, churn: number, extra: Partial<Machine> = {}): Machine => ({
  name,
  dailyChurnGB: churn,
  site: '',
  group: '',
  ...extra,
});

describe('document id', () => {
  it('is ASR- and 10 base32 characters, the same for equal inputs whatever the key order', () => {
    const key = inputKey('name,churn\na,1\n', { delimiter: ',', mapping: { name: 0 } });
    const id = documentId(key, { b: 1, a: 2 });
    expect(id).toMatch(/^ASR-[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(documentId(key, { a: 2, b: 1 })).toBe(id);
    expect(documentId(key, { a: 2, b: 1.5 })).not.toBe(id);
    expect(inputKey('\ufeffname,churn\na,1\n', { mapping: { name: 0 }, delimiter: ',' })).toBe(key);
    expect(inputKey('name,churn\na,2\n', { delimiter: ',', mapping: { name: 0 } })).not.toBe(key);
  });

  it('hashes to 64 bits and writes JSON in key order without undefined fields', () => {
    expect(contentHash('')).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash('a')).not.toBe(contentHash('b'));
    expect(canonicalJson({ z: 1, a: { d: undefined, c: [2, { y: 1, x: 0 }] } })).toBe('{"a":{"c":[2,{"x":0,"y":1}]},"z":1}');
  });
});

describe('bill of materials', () => {
  it('groups servers by site, role and tier, and its totals are the plan summary’s', () => {
    const machines = Array.from({ length: 700 }, (_, i) => machine(`m${i}`, 10, { site: i % 2 ? 'Busan' : 'Seoul' }));
    for (const ruleSet of ['asr-classic', 'asr-modernized']) {
      const doc = planDocument(plan(machines, { ...DEFAULT_SETTINGS, ruleSet }), machines.length, []);
      const bom = billOfMaterials(doc.servers);
      expect(bom.totals).toEqual({
        servers: doc.servers.length,
        vcpu: doc.summary.totalVcpu,
        memoryGB: doc.summary.totalMemoryGB,
        cacheGB: doc.summary.totalCacheGB,
      });
      expect(bom.sites.map((s) => s.site).sort()).toEqual(['Busan', 'Seoul']);
      expect(bom.sites.reduce((n, s) => n + s.totals.vcpu, 0)).toBe(bom.totals.vcpu);
      for (const l of bom.lines) expect(l.count).toBe(doc.servers.filter((s) => s.tier === l.tier && s.role === l.role).length);
    }
  });
});

describe('machine rows', () => {
  it('put a group’s members together, ungrouped last, with effective churn and totals', () => {
    const facts = new Map([
      ['a', { group: '', os: 'Linux', dailyChurnGB: 1, source: 'churn' }],
      ['b', { group: 'g2', os: '', dailyChurnGB: 2, source: 'churn' }],
      ['c', { group: 'g1', os: 'Windows', dailyChurnGB: 3, source: 'churn' }],
      ['d', { group: 'g2', os: '', dailyChurnGB: 4, source: 'churn' }],
    ]);
    const r = serverMachines(['a', 'b', 'c', 'd', 'e'], (n) => facts.get(n), 1.5);
    expect(r.rows.map((x) => x.machine)).toEqual(['c', 'b', 'd', 'a', 'e']);
    expect(r.rows[0]).toEqual({ machine: 'c', group: 'g1', os: 'Windows', churnGBPerDay: 4.5, source: 'churn' });
    expect(r.totals).toEqual({ machines: 5, churnGBPerDay: 15 });
  });
});

describe('plan risks', () => {
  it('names near-limit, dedicated and unplaced machines, peaks and headroom, each with its figure', () => {
    const machines = [
      ...Array.from({ length: 199 }, (_, i) => machine(`m${i}`, 1)),
      machine('huge', 99_999),
      machine('peaky', 10, { peakChurnMBps: 60 }),
      machine('heavy', 1900),
    ];
    const doc = planDocument(plan(machines, { ...DEFAULT_SETTINGS, ruleSet: 'asr-modernized' }), machines.length, []);
    const risks = planRisks(doc);
    for (const code of ['unplaced', 'near-limit', 'peak-over-limit', 'headroom-above-guide'])
      expect(risks.map((r) => r.code)).toContain(code);
    expect(risks.find((r) => r.code === 'unplaced')).toMatchObject({ machine: 'huge', churnGBPerDay: 99_999, section: 'unplaced' });
    expect(risks.find((r) => r.code === 'peak-over-limit')).toMatchObject({ machine: 'peaky', peakMBps: 60, limitMBps: 54 });
    expect(risks.find((r) => r.code === 'headroom-above-guide')).toMatchObject({ headroomPercent: 100, guidePercent: 70 });
    const near = risks.filter((r) => r.code === 'near-limit');
    expect(near.length).toBeGreaterThan(0);
    for (const r of near) expect(r.percent).toBeGreaterThanOrEqual(90);
    const at70 = planDocument(plan(machines, { ...DEFAULT_SETTINGS, ruleSet: 'asr-modernized', headroomPercent: 70 }), machines.length, []);
    expect(planRisks(at70).some((r) => r.code === 'headroom-above-guide')).toBe(false);
    // At 50 % headroom the 1,900 GB/day machine shares no appliance: dedicated, with its figures.
    const at50 = planDocument(plan(machines, { ...DEFAULT_SETTINGS, ruleSet: 'asr-modernized', headroomPercent: 50 }), machines.length, []);
    expect(planRisks(at50).find((r) => r.code === 'dedicated')).toMatchObject({ machines: 1, churnGBPerDay: 1900 });
  });

  it('says how many machines and what share of the churn rest on an estimate from used storage', () => {
    const machines = [
      machine('measured', 30),
      machine('guess-a', 0, { churnSource: 'estimated', usedGB: 1000 }),
      machine('guess-b', 0, { churnSource: 'estimated', usedGB: 500 }),
      machine('throughput', 5, { churnSource: 'write-throughput' }),
    ];
    const settings = { ...DEFAULT_SETTINGS, multiplier: 2, churnRatePercent: 2 };
    const withSources = (s: typeof settings) =>
      planDocument(plan(machines, s), machines.length, [], [], undefined, churnSourcesOf(machines, s.churnRatePercent));
    const risk = planRisks(withSources(settings)).find((r) => r.code === 'churn-estimated');
    // 1000 and 500 GB at 2 % a day are 30 GB/day, ×2 = 60 of the plan's (30 + 30 + 5) × 2 = 130 GB/day.
    expect(risk).toEqual({
      code: 'churn-estimated',
      section: 'machines',
      machines: 2,
      totalMachines: 4,
      churnGBPerDay: 60,
      churnPercent: 46.2,
      ratePercent: 2,
    });
    const measured = machines.filter((m) => m.churnSource === undefined);
    const none = planDocument(plan(measured, settings), 1, [], [], undefined, churnSourcesOf(measured, 2));
    expect(planRisks(none).some((r) => r.code === 'churn-estimated')).toBe(false);
  });
});
