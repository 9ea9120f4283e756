import { For, Show } from 'solid-js';
import type { RebalanceDocument } from '../../../io/documents';
import type { RebalanceDetail } from '../../../workers/rebalance-protocol';
import { useApp } from '../../app-context';
import { unresolvedText } from '../../../i18n/rebalance-texts';
import { assumptionText, noticeText } from '../../../i18n/rebalance-texts';
import { runningIssueText } from './running-texts';

/** What moving machines could not fix: never hidden. */
export function Unresolved(props: { detail: RebalanceDetail }) {
  const { tr, fmt } = useApp();
  return (
    <Show when={props.detail.unresolved.length > 0}>
      <section class="card" aria-labelledby="unresolved-heading">
        <h2 id="unresolved-heading">
          {tr('running.unresolved.heading')} <span class="badge crit">{fmt().num(props.detail.unresolved.length)}</span>
        </h2>
        <ul class="plain-list">
          <For each={props.detail.unresolved}>{(u) => <li>{unresolvedText(tr, u)}</li>}</For>
        </ul>
      </section>
    </Show>
  );
}

/**
 * Remarks on the deployment (groups split over servers, machines on another site's server) and
 * on reading the server file; in print, every server's assumptions too, since the table folds them.
 */
export function RunningNotes(props: { doc: RebalanceDocument; detail: RebalanceDetail }) {
  const { tr } = useApp();
  const assumed = () =>
    props.doc.servers.flatMap((s) => (props.detail.servers[s.id]?.assumptions ?? []).map((a) => `${s.id}: ${assumptionText(tr, a)}`));
  return (
    <>
      <Show when={props.detail.serverNotices.length > 0}>
        <section class="card" aria-labelledby="server-notes-heading">
          <h2 id="server-notes-heading">{tr('running.serverNotes.heading')}</h2>
          <ul class="plain-list">
            <For each={props.detail.serverNotices}>{(n) => <li>{runningIssueText(tr, n)}</li>}</For>
          </ul>
        </section>
      </Show>
      <Show when={props.detail.notices.length > 0 || assumed().length > 0}>
        <section class="card" classList={{ 'print-only': props.detail.notices.length === 0 }} aria-labelledby="running-notes-heading">
          <h2 id="running-notes-heading">{tr('running.notes.heading')}</h2>
          <ul class="plain-list">
            <For each={props.detail.notices}>{(n) => <li>{noticeText(tr, n)}</li>}</For>
            <For each={assumed()}>{(a) => <li class="print-only">{a}</li>}</For>
          </ul>
        </section>
      </Show>
    </>
  );
}
