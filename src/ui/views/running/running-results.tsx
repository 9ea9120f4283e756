import { createMemo, lazy, Show, Suspense } from 'solid-js';
import type { RebalanceDocument } from '../../../io/documents';
import type { RebalanceDetail } from '../../../workers/rebalance-protocol';
import { useApp } from '../../app-context';
import { RejectedRows } from '../../components/rejected-rows';
import { SkippedRows } from '../../components/skipped-rows';
import { printing } from '../../print-mode';
import { ChangeList } from './change-list';
import { MoveList } from './move-list';
import { NewServers } from './new-servers';
import { RunningNotes, Unresolved } from './running-notes';
import { RunningPrintHeader } from './running-print-header';
import { RunningSummary } from './running-summary';
import { ServerHealthTable } from './server-health-table';
import { ServerRejectedRows } from './server-rejected-rows';
import { WhatToDo } from './what-to-do';

// Chart.js is large and loaded only when a chart is shown.
const RunningChart = lazy(() => import('./running-chart'));

function countBy(moves: RebalanceDocument['moves'], key: 'from' | 'to'): Map<string, number> {
  const n = new Map<string, number>();
  for (const m of moves) n.set(m[key], (n.get(m[key]) ?? 0) + 1);
  return n;
}

/** Everything about a rebalance, on screen and in print. */
export function RunningResults(props: { doc: RebalanceDocument; detail: RebalanceDetail }) {
  const { state, tr } = useApp();
  const gives = createMemo(() => countBy(props.doc.moves, 'from'));
  const takes = createMemo(() => countBy(props.doc.moves, 'to'));
  return (
    <>
      <RunningPrintHeader doc={props.doc} />
      <RunningSummary doc={props.doc} />
      <ServerHealthTable doc={props.doc} detail={props.detail} gives={gives()} takes={takes()} />
      <WhatToDo doc={props.doc} />
      <Suspense fallback={<p class="muted">{tr('chart.loading')}</p>}>
        <RunningChart doc={props.doc} />
      </Suspense>
      <MoveList doc={props.doc} detail={props.detail} />
      <NewServers doc={props.doc} />
      <Unresolved detail={props.detail} />
      <RunningNotes doc={props.doc} detail={props.detail} />
      <ServerRejectedRows rows={props.detail.serverRejected} />
      <Show when={state.inventory && state.inventory.rejected.length > 0}>
        <RejectedRows rows={state.inventory!.rejected} name={state.inventory!.name} />
      </Show>
      <SkippedRows rows={state.inventory?.skipped ?? []} />
      {/* Every moved machine once more, for paper only: built while printing, not on each re-run. */}
      <Show when={printing()}>
        <ChangeList doc={props.doc} detail={props.detail} />
      </Show>
    </>
  );
}
