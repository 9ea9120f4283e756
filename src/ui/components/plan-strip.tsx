import { Show } from 'solid-js';
import { useApp } from '../app-context';
import { jumpTo } from '../jump';
import { planContext } from '../../i18n/plan-context';
import { alertCount } from '../views/plan/plan-alerts';

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
            role: planContext(doc().ruleSet).role,
          })}
          <Show when={alertCount(doc()) > 0}>
            {' · '}
            <a href="#plan-alerts" class="strip-alerts" onClick={(e) => jumpTo(e, 'plan-alerts')}>
              {tr('alerts.toCheck', { n: alertCount(doc()) })}
            </a>
          </Show>
        </div>
      )}
    </Show>
  );
}
