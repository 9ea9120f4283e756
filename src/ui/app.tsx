import { createEffect, lazy, Match, Show, Suspense, Switch } from 'solid-js';
import { AppProvider, useApp } from './app-context';
import { AppHeader } from './components/app-header';
import { LoadPanel } from './components/load-panel';
import { MappingPanel } from './components/mapping-panel';
import { Notices } from './components/notices';
import { PlanActions } from './components/plan-actions';
import { PlanStrip } from './components/plan-strip';
import { ReadFailure } from './components/read-failure';
import { SettingsPanel } from './components/settings-panel';
import { WorkbookSheet } from './components/sheet-choice';
import { ChurnRateNeeded, estimatedMachines } from './components/churn-rate';
import type { AppStore } from './state/app-store';
import { SignOffEditor } from './views/document/sign-off-editor';
import { EmptyState } from './views/plan/empty-state';
import { PlanResults } from './views/plan/plan-results';

// The running-deployment view is a second tool; the first screen (planning) doesn't load it.
const RunningSidebar = lazy(() => import('./views/running/running-sidebar').then((m) => ({ default: m.RunningSidebar })));
const RunningView = lazy(() => import('./views/running/running-view').then((m) => ({ default: m.RunningView })));
const MigrateSidebar = lazy(() => import('./views/migrate/migrate-sidebar').then((m) => ({ default: m.MigrateSidebar })));
const MigrateView = lazy(() => import('./views/migrate/migrate-view').then((m) => ({ default: m.MigrateView })));

/** The whole page. */
export function App(props: { store: AppStore }) {
  return (
    <AppProvider store={props.store}>
      <Page />
    </AppProvider>
  );
}

// The inputs: the file, its columns, and the settings of the view shown.
function Sidebar() {
  const { state, tr } = useApp();
  return (
    <aside class="sidebar" aria-label={tr('app.inputs')}>
      <LoadPanel />
      <WorkbookSheet />
      <Show when={state.inventory}>{(inv) => <MappingPanel inventory={inv()} />}</Show>
      <Switch
        fallback={
          <>
            <SettingsPanel />
            <PlanActions />
            <Show when={state.settledPlan}>{(doc) => <SignOffEditor servers={doc().servers.map((s) => s.id)} />}</Show>
          </>
        }
      >
        <Match when={state.view === 'running'}>
          <Suspense>
            <RunningSidebar />
          </Suspense>
        </Match>
        <Match when={state.view === 'migrate'}>
          <Suspense>
            <MigrateSidebar />
          </Suspense>
        </Match>
      </Switch>
    </aside>
  );
}

function Page() {
  const { state, tr } = useApp();
  // The page's language for screen readers, hyphenation and :lang(ko) rules; the tab's title with it.
  createEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = tr('app.title');
  });
  return (
    <>
      <a class="skip" href="#results">
        {tr('app.skip')}
      </a>
      <AppHeader />
      <Notices />
      <Show when={state.view === 'plan'}>
        <PlanStrip />
      </Show>
      <div class="layout">
        <Sidebar />
        <main class="results" id="results" tabindex="-1">
          <Switch>
            <Match when={state.status === 'failed'}>
              <ReadFailure />
            </Match>
            <Match when={state.view === 'running'}>
              <Suspense fallback={<p class="muted">{tr('chart.loading')}</p>}>
                <RunningView />
              </Suspense>
            </Match>
            <Match when={state.status === 'ready' && state.settings.churnRatePercent === null && estimatedMachines(state) > 0}>
              <ChurnRateNeeded />
            </Match>
            <Match when={state.view === 'migrate'}>
              <Suspense fallback={<p class="muted">{tr('chart.loading')}</p>}>
                <MigrateView />
              </Suspense>
            </Match>
            <Match when={state.plan}>{(doc) => <PlanResults doc={doc()} />}</Match>
            <Match when={state.status === 'empty'}>
              <EmptyState />
            </Match>
          </Switch>
        </main>
      </div>
    </>
  );
}
