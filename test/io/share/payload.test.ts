import { describe, expect, it } from 'vitest';
import { isSettingsOnly, MAX_NAME_CHARS, MAX_TEXT_CHARS, parsePayload, readPayload } from '../../../src/io/share/payload';
import { payload } from './forge';
import { said } from '../../support/said';

const messages = (input: unknown) => {
  const r = parsePayload(input);
  return r.ok ? [] : r.issues.map((i) => said(i));
};

describe('parsePayload', () => {
  it('accepts a full payload and a minimal one, returning equal data', () => {
    const full = payload({ readOptions: { mapping: { name: 2, site: -1 }, delimiter: '\t', decimalMark: ',' }, lang: 'en' });
    expect(parsePayload(full)).toEqual({ ok: true, value: full });
    expect(parsePayload(payload())).toEqual({ ok: true, value: payload() });
  });

  it('says in plain words what is wrong, with the value when it is short', () => {
    const base = payload();
    expect(messages({ ...base, settings: { ...base.settings, headroomPercent: 120 } })).toEqual([
      '"settings.headroomPercent" must be at most 100 (it is 120)',
    ]);
    expect(messages({ ...base, settings: { ...base.settings, multiplier: -1 } })).toEqual([
      '"settings.multiplier" must be at least 0.01 (it is -1)',
    ]);
    expect(messages({ ...base, settings: { ...base.settings, strategy: 'x' } })).toEqual([
      '"settings.strategy" must be one of "fewest-servers", "least-vcpu" (it is "x")',
    ]);
    expect(messages({ ...base, extra: 1, more: 2 })).toEqual(['unexpected fields "extra", "more"']);
    expect(messages({ ...base, name: undefined })).toEqual(['"name" is missing']);
    expect(messages({ ...base, settings: { ...base.settings, useConfigServerPs: 'yes' } })).toEqual([
      '"settings.useConfigServerPs" must be a boolean (it is "yes")',
    ]);
    expect(messages('hello')).toEqual(['"(payload)" must be an object (it is "hello")']);
    expect(messages(null)).toEqual(['"(payload)" must be an object (it is null)']);
  });

  it('refuses over-long text and names without echoing them', () => {
    const long = parsePayload(payload({ text: 'a'.repeat(MAX_TEXT_CHARS + 1) }));
    expect(long.ok).toBe(false);
    if (!long.ok) {
      expect(said(long.issues[0])).toBe(`"text" is longer than ${MAX_TEXT_CHARS} characters (it is ${MAX_TEXT_CHARS + 1} characters long)`);
      expect(long.issues[0]!.params).toEqual({
        problem: { field: 'text', problem: 'longer-than', limit: MAX_TEXT_CHARS, got: { chars: MAX_TEXT_CHARS + 1 } },
      });
    }
    expect(parsePayload(payload({ name: 'n'.repeat(MAX_NAME_CHARS) })).ok).toBe(true);
    expect(parsePayload(payload({ name: 'n'.repeat(MAX_NAME_CHARS + 1) })).ok).toBe(false);
  });

  it('drops nothing silently: NaN and Infinity in settings are refused', () => {
    const base = payload();
    expect(parsePayload({ ...base, settings: { ...base.settings, growthPercent: Number.NaN } }).ok).toBe(false);
    expect(parsePayload({ ...base, settings: { ...base.settings, multiplier: Infinity } }).ok).toBe(false);
  });

  it('gives each problem as a code and figures, said by the catalogue', () => {
    const r = readPayload({ ...payload(), lang: undefined, v: 2, extra: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toContainEqual({ field: 'extra', problem: 'unexpected', fields: ['extra'] });
      expect(r.problems).toContainEqual({ field: 'v', problem: 'one-of', values: ['1'], got: { value: '2' } });
    }
  });

  it('tells a settings-only payload apart', () => {
    expect(isSettingsOnly(payload({ text: '' }))).toBe(true);
    expect(isSettingsOnly(payload())).toBe(false);
  });
});
