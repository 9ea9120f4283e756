import { For, Show } from 'solid-js';
import type { ServerDoc } from '../../../io/documents';
import type { ServerDetail } from '../../../workers/rebalance-protocol';
import { useApp } from '../../app-context';
import { assumptionText } from '../../../i18n/rebalance-texts';
import { noteText } from './running-texts';

/** A server's assumptions and health notes, folded: they matter, but not on every reading. */
export function ServerAssumptions(props: { server: ServerDoc; detail: ServerDetail | undefined }) {
  const { tr } = useApp();
  // The worker's detail carries each assumption's code and figures; the document only its English sentence.
  const assumptions = () =>
    props.detail ? props.detail.assumptions.map((a) => assumptionText(tr, a)) : props.server.assumptions.map((a) => a.message);
  const notes = () => props.server.notes.map((n) => noteText(tr, props.server, n));
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
