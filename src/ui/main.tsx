import { createRoot } from 'solid-js';
import { render } from 'solid-js/web';
import { browserStorage, preferredLang } from '../io/browser';
import { App } from './app';
import { createAppStore } from './state/app-store';
import { followSharedLinks, persistState, restoreAtStart } from './state/persistence';
import './styles/base.css';
import './styles/plan.css';
import './styles/print.css';

const storage = browserStorage();
const store = createRoot(() => {
  const s = createAppStore({ lang: preferredLang() });
  persistState(s, storage);
  followSharedLinks(s);
  return s;
});
render(() => <App store={store} />, document.getElementById('root')!);
void restoreAtStart(store, storage);
