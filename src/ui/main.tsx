import { createRoot } from 'solid-js';
import { render } from 'solid-js/web';
import { browserStorage, preferredLang } from '../io/browser';
import { App } from './app';
import { createAppStore } from './state/app-store';
import { followSharedLinks, persistState, restoreAtStart } from './state/persistence';
import './styles/base.css';
import './styles/plan.css';
import './styles/print.css';

// English is always at hand; the browser's language, then that of a share link or the stored state
// (restored before the first render), is asked for, and the page first paints once it is loaded:
// a Korean reader never sees the page in English while the Korean messages arrive.
async function start(): Promise<void> {
  const storage = browserStorage();
  const store = createRoot(() => {
    const s = createAppStore({ lang: 'en' });
    persistState(s, storage);
    followSharedLinks(s);
    return s;
  });
  void store.actions.setLang(preferredLang());
  const restoring = restoreAtStart(store, storage);
  // A damaged link or state is a notice, not a failure; a bug is still thrown, after the page shows.
  await Promise.allSettled([restoring]);
  await store.actions.langSettled();
  render(() => <App store={store} />, document.getElementById('root')!);
  await restoring;
}

void start();
