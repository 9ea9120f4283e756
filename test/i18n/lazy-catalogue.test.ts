import { createRoot } from 'solid-js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CatalogueModule from '../../src/i18n/catalogue';
import type * as StoreModule from '../../src/ui/state/app-store';

/*
 * Korean is a chunk of its own that the page loads when first asked for (the first load carries
 * English only). These tests take fresh module instances, so Korean is not yet loaded (the test
 * setup loads it in the shared ones), and check that nothing speaks Korean before it is.
 */

let cat: typeof CatalogueModule;
let stores: typeof StoreModule;
beforeEach(async () => {
  vi.resetModules();
  cat = await import('../../src/i18n/catalogue');
  stores = await import('../../src/ui/state/app-store');
});

// A store whose worker never answers: only its language is looked at here.
function store() {
  const silent = () => ({ postMessage: () => {}, terminate: () => {}, onmessage: null, onerror: null }) as unknown as Worker;
  return createRoot(() => stores.createAppStore({ lang: 'en', makeWorker: silent }));
}

describe('the Korean catalogue, loaded on demand', () => {
  it('is not there until loaded: translator refuses it, English is always there', async () => {
    expect(cat.hasCatalogue('en')).toBe(true);
    expect(cat.hasCatalogue('ko')).toBe(false);
    expect(() => cat.translator('ko')).toThrow(/loadCatalogue\('ko'\)/);
    expect(cat.translator('en')('app.skip')).toBe(cat.en['app.skip']);
    await cat.loadCatalogue('ko');
    expect(cat.hasCatalogue('ko')).toBe(true);
    expect(cat.translator('ko')('app.skip')).not.toBe(cat.en['app.skip']);
  });

  it('the page shows Korean only once its messages are loaded', async () => {
    const s = store();
    const shown = s.actions.setLang('ko');
    expect(s.state.lang).toBe('en');
    await shown;
    expect(s.state.lang).toBe('ko');
    // Loaded, a switch is immediate (the running view asks the worker in the same tick).
    void s.actions.setLang('en');
    expect(s.state.lang).toBe('en');
    void s.actions.setLang('ko');
    expect(s.state.lang).toBe('ko');
  });

  it('the last choice wins when choices cross while Korean loads', async () => {
    const s = store();
    void s.actions.setLang('ko');
    void s.actions.setLang('en');
    await cat.loadCatalogue('ko');
    await s.actions.langSettled();
    await new Promise((r) => setTimeout(r, 0));
    expect(s.state.lang).toBe('en');
  });

  it('a restored Korean state waits for its messages; langSettled resolves when shown', async () => {
    const s = store();
    s.actions.restore({
      v: 1,
      name: '',
      text: '',
      readOptions: {},
      settings: (await import('../../src/core/model')).DEFAULT_SETTINGS,
      lang: 'ko',
    });
    expect(s.state.lang).toBe('en');
    await s.actions.langSettled();
    expect(s.state.lang).toBe('ko');
  });
});
