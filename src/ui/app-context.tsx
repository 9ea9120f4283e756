import { createContext, createMemo, useContext, type JSX } from 'solid-js';
import { translator, type MessageKey, type Translate } from '../i18n/catalogue';
import { formatters, type Formatters } from '../i18n/format';
import type { AppStore } from './state/app-store';

interface AppContextValue extends AppStore {
  /** Translates in the current language; reactive inside JSX and memos. */
  tr: Translate;
  /** Formatters of the current language; reactive. */
  fmt: () => Formatters;
}

const Ctx = createContext<AppContextValue>();

/** Provides the store and the language-bound helpers to the tree. */
export function AppProvider(props: { store: AppStore; children: JSX.Element }) {
  const t = createMemo(() => translator(props.store.state.lang));
  const fmt = createMemo(() => formatters(props.store.state.lang));
  // A function that reads the language memo: reactive wherever it is called (JSX, memos).
  // eslint-disable-next-line solid/reactivity
  const tr = ((key: MessageKey, ...params: unknown[]) => (t() as (k: MessageKey, ...p: unknown[]) => string)(key, ...params)) as Translate;
  // eslint-disable-next-line solid/reactivity -- the store object is created once and never replaced
  const value: AppContextValue = { ...props.store, tr, fmt };
  return <Ctx.Provider value={value}>{props.children}</Ctx.Provider>;
}

/** The app's store, actions and translation. */
export function useApp(): AppContextValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useApp outside AppProvider');
  return v;
}
