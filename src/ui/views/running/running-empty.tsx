import { For, Show } from 'solid-js';
import type { Issue } from '../../../core/result';
import { useApp } from '../../app-context';
import { loadRunningSample } from './running-sample';
import { runningIssueText } from './running-texts';

/**
 * What the running view needs, and the sample that shows it; with `issues`, why the loaded
 * input gives no rebalance (no processServer column and no server file, an unusable server file).
 */
export function RunningEmpty(props: { issues?: Issue[] }) {
  const { actions, tr } = useApp();
  return (
    <section class="card empty-state stack" aria-labelledby="running-empty-heading" data-testid="running-empty">
      <h2 id="running-empty-heading">{props.issues ? tr('running.failed.heading') : tr('running.empty.heading')}</h2>
      <Show when={props.issues}>
        {(issues) => (
          <div class="notice error stack running-issues" role="alert">
            <For each={issues()}>{(i) => <p>{runningIssueText(tr, i)}</p>}</For>
          </div>
        )}
      </Show>
      <p>{tr('running.empty.body')}</p>
      <ol class="steps">
        <li>{tr('running.empty.need1')}</li>
        <li>{tr('running.empty.need2')}</li>
        <li>{tr('running.empty.need3')}</li>
      </ol>
      <div class="row">
        <button type="button" class="primary" onClick={() => loadRunningSample(actions)}>
          {tr('running.empty.sample')}
        </button>
      </div>
      <p class="small muted">{tr('running.empty.sampleNote')}</p>
      <p class="small muted">{tr('empty.privacy')}</p>
    </section>
  );
}
