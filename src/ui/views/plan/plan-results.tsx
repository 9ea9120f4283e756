import { createEffect, For, lazy, on, Show, Suspense } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import { useApp } from '../../app-context';
import { RejectedRows } from '../../components/rejected-rows';
import { SkippedRows } from '../../components/skipped-rows';
import { issueText } from '../../messages';
import { printing } from '../../print-mode';
import { PrintAppendix, PrintHeader } from '../print/print-document';
import { PlanAlerts } from './plan-alerts';
import { PlanIssues } from './plan-issues';
import { PlanSummary } from './plan-summary';
import { NetworkSection } from './network-section';
import { ServerTable } from './server-table';
import { WhyPanel } from './why-panel';

// Chart.js is the largest dependency and the first screen does not need it.
const PlanCharts = lazy(() => import('../../charts/plan-charts'));

/** Everything about the current plan, on screen and in print. */
export function PlanResults(props: { doc: PlanDocument }) {
  const { state, actions, tr } = useApp();
  // Headline figures follow every plan; the long table, the charts and paper follow the settled one.
  const settled = () => state.settledPlan ?? props.doc;
  createEffect(on(printing, (p) => p && actions.settleNow()));
  return (
    <>
      <PrintHeader doc={settled()} />
      <PlanAlerts doc={props.doc} />
      <Show when={(state.inventory?.notices.length ?? 0) > 0}>
        <section class="card stack" aria-labelledby="read-notes-heading">
          <h2 id="read-notes-heading">{tr('readNotes.heading')}</h2>
          <ul class="plain-list">
            <For each={state.inventory?.notices ?? []}>{(n) => <li>{issueText(tr, n)}</li>}</For>
          </ul>
        </section>
      </Show>
      <PlanSummary doc={props.doc} />
      <WhyPanel doc={props.doc} />
      <Suspense fallback={<p class="muted">{tr('chart.loading')}</p>}>
        <PlanCharts doc={settled()} />
      </Suspense>
      <ServerTable doc={settled()} updating={state.settling} />
      <Show when={settled().network}>{(n) => <NetworkSection network={n()} />}</Show>
      <PlanIssues doc={settled()} />
      <Show when={state.inventory && state.inventory.rejected.length > 0}>
        <RejectedRows rows={state.inventory!.rejected} name={state.inventory!.name} />
      </Show>
      <SkippedRows rows={state.inventory?.skipped ?? []} />
      <Show when={printing()}>
        <PrintAppendix doc={settled()} />
      </Show>
    </>
  );
}
