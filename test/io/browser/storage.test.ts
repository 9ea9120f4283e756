// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearState, loadState, saveState, STATE_KEY, STATE_SIZE_LIMIT } from '../../../src/io/browser/storage';
import { fieldOf, payload } from '../share/forge';
import { said } from '../../support/said';

/** An in-memory Storage whose setItem can be made to fail for values over a size. */
class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  constructor(private readonly fail: (value: string) => Error | null = () => null) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    const e = this.fail(value);
    if (e) throw e;
    this.items.set(key, value);
  }
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const codeOf = (r: { ok: boolean; issues?: { code: string }[] }) => (r.ok ? 'ok' : r.issues![0]!.code);

describe('stored state in localStorage', () => {
  beforeEach(() => localStorage.clear());

  it('loads null when nothing is stored', () => {
    expect(loadState(localStorage)).toEqual({ ok: true, value: null });
  });

  it('saves and loads a payload unchanged, under the versioned key', () => {
    const p = payload({ name: '인벤토리.csv', text: 'name,churn\r\n"a ""b""",1\r\n', lang: 'ko', readOptions: { delimiter: ';' } });
    expect(saveState(localStorage, p)).toEqual({ ok: true, value: 'saved' });
    expect(STATE_KEY).toBe('asr-ps-planner/state/v1');
    expect(localStorage.getItem(STATE_KEY)).not.toBeNull();
    expect(loadState(localStorage)).toEqual({ ok: true, value: p });
  });

  it('discards AND removes corrupted JSON, with a notice', () => {
    localStorage.setItem(STATE_KEY, '{"v":1,"name":');
    const r = loadState(localStorage);
    expect(codeOf(r)).toBe('stored-state-discarded');
    expect(r.ok || said(r.issues[0])).toMatch(/not valid JSON.*removed/);
    expect(localStorage.getItem(STATE_KEY)).toBeNull();
    expect(loadState(localStorage)).toEqual({ ok: true, value: null });
  });

  it.each([
    [
      'headroom 120',
      (p: ReturnType<typeof payload>) => ({ ...p, settings: { ...p.settings, headroomPercent: 120 } }),
      'settings.headroomPercent',
    ],
    ['an extra key', (p: ReturnType<typeof payload>) => ({ ...p, script: '<img src=x onerror=alert(1)>' }), 'script'],
    ['an old layout', () => ({ inventory: 'x', settings: {} }), 'v'],
    ['a bare number', () => 42, '(payload)'],
  ])('discards AND removes a forged state (%s), naming the field', (_, forge, field) => {
    localStorage.setItem(STATE_KEY, JSON.stringify(forge(payload())));
    const r = loadState(localStorage);
    expect(codeOf(r)).toBe('stored-state-discarded');
    expect(r.ok || r.issues.every((i) => i.code === 'stored-state-discarded')).toBe(true);
    expect(r.ok || r.issues.map(fieldOf)).toContain(field);
    expect(localStorage.getItem(STATE_KEY)).toBeNull();
  });

  it('keeps only the settings when the payload is over the size limit', () => {
    const p = payload({ text: 'x'.repeat(STATE_SIZE_LIMIT) });
    expect(saveState(localStorage, p)).toEqual({ ok: true, value: 'settings-only' });
    expect(loadState(localStorage)).toEqual({ ok: true, value: { ...p, text: '' } });
  });

  it('clears the state', () => {
    saveState(localStorage, payload());
    clearState(localStorage);
    expect(localStorage.getItem(STATE_KEY)).toBeNull();
  });
});

describe('stored state with a failing Storage', () => {
  it('falls back to settings-only when setItem throws QuotaExceededError', () => {
    const s = new FakeStorage((v) => (v.length > 1000 ? quota() : null));
    s.items.set(STATE_KEY, 'an older state that filled the quota');
    const p = payload({ text: 'y'.repeat(5000) });
    expect(saveState(s, p)).toEqual({ ok: true, value: 'settings-only' });
    expect(JSON.parse(s.items.get(STATE_KEY)!)).toEqual({ ...p, text: '' });
  });

  it('frees the old state before the smaller write', () => {
    let stored = 0;
    const s = new FakeStorage((v) => (stored + v.length > 1500 ? quota() : ((stored = v.length), null)));
    s.items.set(STATE_KEY, 'z'.repeat(1400));
    stored = 1400;
    const removeItem = s.removeItem.bind(s);
    s.removeItem = (k) => {
      stored = 0;
      removeItem(k);
    };
    expect(saveState(s, payload({ text: 'y'.repeat(5000) }))).toEqual({ ok: true, value: 'settings-only' });
  });

  it('recognises the quota error by its legacy code too', () => {
    const legacy = Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 });
    const s = new FakeStorage((v) => (v.length > 1000 ? legacy : null));
    expect(saveState(s, payload({ text: 'y'.repeat(5000) }))).toEqual({ ok: true, value: 'settings-only' });
  });

  it('reports state-not-saved when even the settings do not fit', () => {
    const s = new FakeStorage(quota);
    expect(codeOf(saveState(s, payload()))).toBe('state-not-saved');
    expect(s.items.size).toBe(0);
  });

  it('reports storage-unavailable when the browser blocks storage', () => {
    const blocked = new FakeStorage(() => new DOMException('The operation is insecure.', 'SecurityError'));
    blocked.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    blocked.removeItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(codeOf(saveState(blocked, payload()))).toBe('storage-unavailable');
    expect(codeOf(loadState(blocked))).toBe('storage-unavailable');
    expect(() => clearState(blocked)).not.toThrow();
  });
});
