import { For } from 'solid-js';
import type { Lang } from '../../i18n/format';
import { useApp } from '../app-context';

const LANGS: { lang: Lang; label: string }[] = [
  { lang: 'en', label: 'English' },
  { lang: 'ko', label: '한국어' },
];

/** Title, the two views, and the language switch. */
export function AppHeader() {
  const { state, actions, tr } = useApp();
  return (
    <header class="app-header no-print">
      <div class="title">
        <h1>{tr('app.title')}</h1>
        <span class="tagline">{tr('app.tagline')}</span>
      </div>
      <nav aria-label={tr('nav.label')}>
        <button type="button" aria-current={state.view === 'plan' ? 'page' : undefined} onClick={() => actions.setView('plan')}>
          {tr('nav.plan')}
        </button>
        <button type="button" aria-current={state.view === 'running' ? 'page' : undefined} onClick={() => actions.setView('running')}>
          {tr('nav.running')}
        </button>
        <button type="button" aria-current={state.view === 'migrate' ? 'page' : undefined} onClick={() => actions.setView('migrate')}>
          {tr('nav.migrate')}
        </button>
      </nav>
      <label class="row small">
        <span>{tr('lang.label')}</span>
        <select value={state.lang} onChange={(e) => actions.setLang(e.currentTarget.value as Lang)}>
          <For each={LANGS}>
            {(l) => (
              <option value={l.lang} lang={l.lang}>
                {l.label}
              </option>
            )}
          </For>
        </select>
      </label>
    </header>
  );
}
