import { For } from 'solid-js';
import { useApp } from '../app-context';
import { issueText } from '../messages';

/** Messages about the app itself (restored state, links, cancelled reads), each dismissable. */
export function Notices() {
  const { state, actions, tr } = useApp();
  return (
    <div class="stack no-print notices" aria-live="polite">
      <For each={state.notices}>
        {(n) => (
          <div class={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
            <span class="grow">{issueText(tr, n.issue)}</span>
            <button type="button" class="link" onClick={() => actions.dismissNotice(n.id)}>
              {tr('notice.dismiss')}
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
