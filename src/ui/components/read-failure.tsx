import { For } from 'solid-js';
import { useApp } from '../app-context';
import { issueText } from '../messages';

/** Why the last file could not be read, and that the page still works. */
export function ReadFailure() {
  const { state, tr } = useApp();
  return (
    <section class="notice error stack" role="alert" aria-labelledby="failure-heading" data-testid="read-failure">
      <h2 id="failure-heading">{tr('failure.heading', { name: state.source?.name ?? tr('failure.thisFile') })}</h2>
      <ul class="plain-list">
        <For each={state.readIssues}>{(i) => <li>{issueText(tr, i)}</li>}</For>
      </ul>
      <p class="small">{tr('failure.next')}</p>
    </section>
  );
}
