import { describe, expect, it } from 'vitest';
import { parsePlanFile, planFileName, planFileText } from '../../../src/io/share/plan-file';
import { fieldOf, payload } from './forge';
import { written } from './written';
import { said } from '../../support/said';

const codeOf = (r: ReturnType<typeof parsePlanFile>) => (r.ok ? 'ok' : r.issues[0]!.code);
const envelope = (o: Record<string, unknown>) => JSON.stringify({ format: 'asr-ps-planner', version: 1, payload: payload(), ...o });

describe('plan file', () => {
  it('is pretty JSON with format, version and payload, and reads back equal', () => {
    const p = payload({ name: '서울 "DC".csv', text: 'name,churn\r\n"a,b",1\r\n한글,2\r\n', lang: 'ko' });
    const text = written(planFileText(p));
    expect(text.startsWith('{\n  "format": "asr-ps-planner",\n  "version": 1,\n  "payload": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parsePlanFile(text)).toEqual({ ok: true, value: p });
  });

  it('reads a file saved with a BOM or re-indented by an editor', () => {
    const p = payload();
    expect(parsePlanFile(`\uFEFF${written(planFileText(p))}`)).toEqual({ ok: true, value: p });
    expect(parsePlanFile(JSON.stringify(JSON.parse(written(planFileText(p))), null, '\t').replaceAll('\n', '\r\n'))).toEqual({
      ok: true,
      value: p,
    });
  });

  it.each([
    ['an inventory CSV', 'name,dailyChurnGB\nweb-01,1\n', 'plan-file-not-json'],
    ['an empty file', '', 'plan-file-not-json'],
    ['a JSON array', '[1,2]', 'plan-file-not-plan'],
    ['another JSON file', '{"name":"x"}', 'plan-file-not-plan'],
    ['a newer version', envelope({ version: 2 }), 'plan-file-version'],
    ['a version written as text', envelope({ version: '1' }), 'plan-file-version'],
    ['no version', JSON.stringify({ format: 'asr-ps-planner', payload: payload() }), 'plan-file-version'],
    ['no payload', JSON.stringify({ format: 'asr-ps-planner', version: 1 }), 'plan-file-invalid'],
    ['an extra envelope field', envelope({ signature: 'x' }), 'plan-file-invalid'],
  ])('refuses %s with %s', (_, text, code) => {
    const r = parsePlanFile(text);
    expect(codeOf(r)).toBe(code);
    expect(r.ok || said(r.issues[0]).length > 30).toBe(true);
  });

  it('says a newer version is newer', () => {
    const r = parsePlanFile(envelope({ version: 3 }));
    expect(r.ok || said(r.issues[0])).toMatch(/newer version of the planner \(version 3\)/);
  });

  it('recognises a plan result (plan --json) and says it holds no inventory', () => {
    const r = parsePlanFile(JSON.stringify({ ruleSet: 'asr-classic', settings: {}, servers: [] }));
    expect(codeOf(r)).toBe('plan-file-not-plan');
    expect(r.ok || said(r.issues[0])).toMatch(/plan result/);
  });

  it('refuses a forged payload naming the field', () => {
    const p = payload();
    const r = parsePlanFile(envelope({ payload: { ...p, settings: { ...p.settings, headroomPercent: 120 } } }));
    expect(codeOf(r)).toBe('plan-file-invalid');
    expect(r.ok || fieldOf(r.issues[0]!)).toBe('settings.headroomPercent');
    expect(r.ok || said(r.issues[0])).toContain('"settings.headroomPercent" must be at most 100 (it is 120)');
  });
});

describe('planFileName', () => {
  it.each([
    ['estate.csv', 'estate.asrplan.json'],
    ['Estate Inventory.CSV', 'Estate Inventory.asrplan.json'],
    ['C:\\Users\\kim\\서울 인벤토리.tsv', '서울 인벤토리.asrplan.json'],
    ['dir/sub/inv.txt', 'inv.asrplan.json'],
    ['old.asrplan.json', 'old.asrplan.json'],
    ['a:b*c?.csv', 'a_b_c_.asrplan.json'],
    ['', 'plan.asrplan.json'],
    ['..csv', 'plan.asrplan.json'],
    ['noext', 'noext.asrplan.json'],
  ])('%s → %s', (name, expected) => {
    expect(planFileName(name)).toBe(expected);
  });
});
