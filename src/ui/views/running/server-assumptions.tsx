import { For, Show } from 'solid-js';
import type { ServerDoc } from '../../../io/documents';
import type { ServerDetail } from '../../../workers/rebalance-protocol';
import { useApp } from '../../app-context';
import { assumptionText, noteText } from '../../../i18n/rebalance-texts';

/** A server's assumptions and health notes, folded: they matter, but not on every reading. */
export function ServerAssumptions(props: { server: ServerDoc; detail: ServerDetail | undefined }) {
  const { tr } = useApp();
  // The worker's detail (it has every server of the document) carries each assumption's and note's
  // code and figures; the document only their English sentences, which the page never shows.
  const assumptions = () => props.detail?.assumptions.map((a) => assumptionText(tr, a)) ?? [];
  const notes = () => props.detail?.notes.map((n) => noteText(tr, n)) ?? [];
  const all = () => [...assumptions(), ...notes()];
  return (
    <Show when={all().length > 0}>
      <details class="small assumptions">
        <summary>{tr('running.table.assumptions', { n: all().length })}</summary>
        <ul class="plain-list">
          <For each={all()}>{(a) => <li>{a}</li>}</For>
        </ul>
      </details>
    </Show>
  );
}
