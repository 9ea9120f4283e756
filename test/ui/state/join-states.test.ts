import { createComputed, createRoot } from 'solid-js';
import { createStore } from 'solid-js/store';
import { describe, expect, it } from 'vitest';
import { joinStates } from '../../../src/ui/state/join-states';

describe('joined states', () => {
  it('reads each key from the store that holds it, reactively', () =>
    createRoot((dispose) => {
      const [a, setA] = createStore({ lang: 'en', view: 'plan' });
      const [b, setB] = createStore({ plan: null as number | null });
      const state = joinStates(a, b);
      const seen: string[] = [];
      createComputed(() => seen.push(`${state.lang}:${state.plan}`));
      setA('lang', 'ko');
      setB('plan', 3);
      expect(seen).toEqual(['en:null', 'ko:null', 'ko:3']);
      expect(Object.keys(state)).toEqual(['lang', 'view', 'plan']);
      dispose();
    }));

  it('refuses two parts that hold the same key', () => {
    expect(() => joinStates({ plan: 1 }, { plan: 2 })).toThrow(/"plan"/);
  });
});
