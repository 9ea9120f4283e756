import { batch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { appIssue } from '../../i18n/app-issue-text';
import { hasCatalogue, loadCatalogue } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/format';
import { isSettingsOnly, type SharePayload } from '../../io/share';
import type { PlanWorkerApi, PlanWorkerPushes } from '../../workers/protocol';
import { createWorkerClient } from '../kernel/worker-client';
import { createGuesses } from './guesses';
import { joinStates } from './join-states';
import { makePlanWorker } from './make-worker';
import { createNotices, type NoticesState } from './notices';
import { createPlanFeed, type PlanState } from './plan-feed';
import { createMigrateFeed, type MigrateState } from './migrate-feed';
import { createReading, type ReadingState } from './reading';
import { createRunningFeed, type RunningState } from './running-feed';
import { settingsSnapshot } from './settings-snapshot';
import { createSignOff, type SignOffState } from './sign-off';

/** The page's own part of the state: its language and view. */
interface PageState {
  lang: Lang;
  view: 'plan' | 'running' | 'migrate';
}

/** Everything the page shows. Plans and summaries come from the worker; nothing is copied. */
type AppState = PageState & NoticesState & ReadingState & PlanState & RunningState & MigrateState & SignOffState;

/**
 * The app's one store: small pieces (reading, the plan feed, the running feed, notices), each
 * with its own state and actions, over one worker; the page reads them as one state.
 */
export function createAppStore(opts: { lang: Lang; makeWorker?: () => Worker }) {
  const [page, setPage] = createStore<PageState>({ lang: opts.lang, view: 'plan' });
  const notices = createNotices();
  const language = createLanguage((lang) => setPage('lang', lang), notices.notify);
  const signOff = createSignOff();
  const guesses = createGuesses();
  const client = createWorkerClient<PlanWorkerApi, PlanWorkerPushes>(opts.makeWorker ?? makePlanWorker, {
    push: (m) => guesses.keep(m.value.settings, m.value.plan),
    error: (detail) => notices.notify('error', appIssue({ code: 'worker-error', params: { detail } })),
  });
  const reading = createReading(
    client,
    {
      started: () => {
        plans.forget();
        running.forget();
        migration.forget();
      },
      // Nothing is planned while machines wait for the daily change rate (docs/inputs.md#churn-sources).
      read: () => (rateMissing() ? plans.clear() : plans.replan()),
      failed: () => plans.clear(),
    },
    notices.notify,
  );
  const rateMissing = () => (reading.state.inventory?.churnSources.estimated ?? 0) > 0 && plans.state.settings.churnRatePercent === null;
  const plans = createPlanFeed(client, guesses, () => reading.state.status === 'ready' && !rateMissing());
  const { running, migration } = createViewFeeds(client, page, reading.state, plans.state, notices.notify);
  const state: AppState = joinStates(page, notices.state, reading.state, plans.state, running.state, migration.state, signOff.state);

  const actions = {
    ...reading.actions,
    ...plans.actions,
    ...running.actions,
    ...migration.actions,
    ...signOff.actions,
    /** Shows the page in `lang` once its messages are loaded (at once when they are); resolves then. */
    setLang: language.set,
    /** Resolves when the language asked for last is shown (the page's first paint waits for it). */
    langSettled: language.settled,
    setView: (view: PageState['view']) => setPage('view', view),
    notify: notices.notify,
    dismissNotice: notices.dismiss,
    /** What a share link, a plan file or storage keeps: inventory text, read options, settings, language, sign-off. */
    payload: (): SharePayload | null => payloadOf(state),
    /** Restores a payload: language and settings, then the inventory (absent when only settings were kept). */
    restore(p: SharePayload) {
      batch(() => {
        if (p.lang) void language.set(p.lang);
        plans.actions.setSettings(p.settings);
        signOff.actions.restoreSignOff(p.signOff);
      });
      if (!isSettingsOnly(p)) reading.actions.loadText(p.name, p.text, p.readOptions);
    },
    dispose: () => client.dispose(),
  };
  return { state, actions };
}

/*
 * The page's language changes only to one whose messages are loaded, so nothing ever renders a
 * half-translated page or an English flash: Korean is fetched first, then shown. The last choice
 * wins when choices cross; a language that cannot be fetched leaves the page as it is, with a notice.
 */
function createLanguage(show: (lang: Lang) => void, notify: ReturnType<typeof createNotices>['notify']) {
  let asked = 0;
  let pending: Promise<void> = Promise.resolve();
  const set = (lang: Lang): Promise<void> => {
    const mine = ++asked;
    if (hasCatalogue(lang)) {
      show(lang);
      pending = Promise.resolve();
    } else
      pending = loadCatalogue(lang).then(
        () => void (mine === asked && show(lang)),
        (e: unknown) => notify('error', appIssue({ code: 'language-failed', params: { lang, detail: String(e) } })),
      );
    return pending;
  };
  return { set, settled: () => pending };
}

// The running view's and the migration view's feeds: each asks the worker only while its view is shown.
function createViewFeeds(
  client: Parameters<typeof createRunningFeed>[0],
  page: PageState,
  reading: ReadingState,
  plans: PlanState,
  notify: Parameters<typeof createRunningFeed>[2],
) {
  const running = createRunningFeed(
    client,
    {
      shown: () => page.view === 'running' && reading.status === 'ready' && reading.inventory !== null,
      inventory: () => reading.inventory,
      settings: () => plans.settings,
      lang: () => page.lang,
    },
    notify,
  );
  const migration = createMigrateFeed(client, {
    shown: () => page.view === 'migrate' && reading.status === 'ready' && reading.inventory !== null,
    inventory: () => reading.inventory,
    settings: () => plans.settings,
    servers: () => running.state.serverFile?.text ?? null,
  });
  return { running, migration };
}

// What a share link, a plan file or storage keeps of the page's state; null before a file is read.
function payloadOf(state: AppState): SharePayload | null {
  if (!state.source) return null;
  // The sheet asked for is not kept: the text is that sheet's, and `workbook` says which.
  const { sheet: _asked, ...read } = state.read;
  const readOptions = JSON.parse(JSON.stringify(read)) as SharePayload['readOptions'];
  return {
    v: 1,
    name: state.source.name,
    text: state.source.text,
    readOptions,
    settings: settingsSnapshot(state.settings),
    lang: state.lang,
    signOff: JSON.parse(JSON.stringify(state.signOff)) as SharePayload['signOff'],
  };
}

/** The store type. */
export type AppStore = ReturnType<typeof createAppStore>;
