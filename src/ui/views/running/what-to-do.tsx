import { For, Show } from 'solid-js';
import type { RebalanceDocument } from '../../../io/documents';
import { asrClassicHealth } from '../../../core/rules';
import { alertText } from '../../../i18n/health-texts';
import { useApp } from '../../app-context';
import { HealthBadge } from './health-badge';

/**
 * Each alert of each server with the troubleshooting guide's recommended actions, in order and
 * in plain words: said in the page's language from the alert's signal, figures and action codes.
 */
export function WhatToDo(props: { doc: RebalanceDocument }) {
  const { tr, fmt } = useApp();
  const troubled = () => props.doc.servers.filter((s) => s.alerts.length > 0);
  return (
    <section class="card stack todo-card" aria-labelledby="todo-heading">
      <h2 id="todo-heading">{tr('running.todo.heading')}</h2>
      <p class="small muted">{tr('running.todo.source', { date: fmt().day(asrClassicHealth.guidance.source.docDate) })}</p>
      <Show when={troubled().length > 0} fallback={<p>{tr('running.todo.none')}</p>}>
        <div class="todo-list">
          <For each={troubled()}>
            {(s) => (
              <div class="todo-server" data-server={s.id}>
                <h3>
                  {s.id} <HealthBadge status={s.status} />
                </h3>
                <For each={s.alerts}>
                  {(a) => (
                    <div class="todo-alert">
                      <p>
                        <span class={`badge ${a.level === 'critical' ? 'crit' : 'warn'}`}>{tr(`health.status.${a.level}`)}</span>{' '}
                        {alertText(tr, a)}
                      </p>
                      <ol class="plain-list">
                        <For each={a.actionCodes}>{(x) => <li>{tr(`health.action.${x}`)}</li>}</For>
                      </ol>
                    </div>
                  )}
                </For>
              </div>
            )}
          </For>
        </div>
      </Show>
    </section>
  );
}
