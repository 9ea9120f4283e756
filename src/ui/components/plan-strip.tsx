import { Show } from 'solid-js';
import { useApp } from '../app-context';

/** On a phone the results sit below the controls: a sticky line keeps the plan's figures in view. */
export function PlanStrip() {
  const { state, tr } = useApp();
  return (
    <Show when={state.plan}>
      {(doc) => (
        <div class="plan-strip no-print" role="status" aria-label={tr('strip.label')}>
          {tr('strip.text', {
            servers: doc().summary.scaleOutServers,
            vcpu: doc().summary.totalVcpu,
            churn: doc().summary.totalChurnGBPerDay,
          })}
        </div>
      )}
    </Show>
  );
}
