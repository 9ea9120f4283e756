import { batch } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Lang } from '../../i18n/format';
import { isSettingsOnly, type SharePayload } from '../../io/share/payload';
import type { PlanWorkerApi, PlanWorkerPushes } from '../../workers/protocol';
import { createWorkerClient } from '../kernel/worker-client';
import { createGuesses } from './guesses';
import { joinStates } from './join-states';
import { makePlanWorker } from './make-worker';
import { createNotices, type NoticesState } from './notices';
import { createPlanFeed, type PlanState } from './plan-feed';
import { createReading, type ReadingState } from './reading';
import { createRunningFeed, type RunningState } from './running-feed';

/** The page's own part of the state: its language and view. */
interface PageState {
  lang: Lang;
  view: 'plan' | 'running';
}

/** Everything the page shows. Plans and summaries come from the worker; nothing is copied. */
type AppState = PageState & NoticesState & ReadingState & PlanState & RunningState;

/**
 * The app's one store: small pieces (reading, the plan feed, the running feed, notices), each
 * with its own state and actions, over one worker; the page reads them as one state.
 */
export function createAppStore(opts: { lang: Lang; makeWorker?: () => Worker }) {
  const [page, setPage] = createStore<PageState>({ lang: opts.lang, view: 'plan' });
  const notices = createNotices();
  const guesses = createGuesses();
  const client = createWorkerClient<PlanWorkerApi, PlanWorkerPushes>(opts.makeWorker ?? makePlanWorker, {
    push: (m) => guesses.keep(m.value.settings, m.value.plan),
    error: (message) => notices.notify('error', { code: 'worker-error', message }),
  });
  const reading = createReading(
    client,
    {
      started: () => {
        plans.forget();
        running.forget();
      },
      // Nothing is planned while machines wait for the daily change rate (docs/inputs.md#churn-sources).
      read: () => (rateMissing() ? plans.clear() : plans.replan()),
      failed: () => plans.clear(),
    },
    notices.notify,
  );
  const rateMissing = () => (reading.state.inventory?.churnSources.estimated ?? 0) > 0 && plans.state.settings.churnRatePercent === null;
  const plans = createPlanFeed(client, guesses, () => reading.state.status === 'ready' && !rateMissing());
  const running = createRunningFeed(
    client,
    {
      shown: () => page.view === 'running' && reading.state.status === 'ready' && reading.state.inventory !== null,
      inventory: () => reading.state.inventory,
      settings: () => plans.state.settings,
      lang: () => page.lang,
    },
    notices.notify,
  );
  const state: AppState = joinStates(page, notices.state, reading.state, plans.state, running.state);

  const actions = {
    ...reading.actions,
    ...plans.actions,
    ...running.actions,
    setLang: (lang: Lang) => setPage('lang', lang),
    setView: (view: PageState['view']) => setPage('view', view),
    notify: notices.notify,
    dismissNotice: notices.dismiss,
    /** What a share link, a plan file or storage keeps: inventory text, read options, settings, language. */
    payload(): SharePayload | null {
      if (!state.source) return null;
      // The sheet asked for is not kept: the text is that sheet's, and `workbook` says which.
      const { sheet: _asked, ...read } = state.read;
      const readOptions = JSON.parse(JSON.stringify(read)) as SharePayload['readOptions'];
      return { v: 1, name: state.source.name, text: state.source.text, readOptions, settings: { ...state.settings }, lang: state.lang };
    },
    /** Restores a payload: language and settings, then the inventory (absent when only settings were kept). */
    restore(p: SharePayload) {
      batch(() => {
        if (p.lang) setPage('lang', p.lang);
        plans.actions.setSettings(p.settings);
      });
      if (!isSettingsOnly(p)) reading.actions.loadText(p.name, p.text, p.readOptions);
    },
    dispose: () => client.dispose(),
  };
  return { state, actions };
}

/** The store type. */
export type AppStore = ReturnType<typeof createAppStore>;
