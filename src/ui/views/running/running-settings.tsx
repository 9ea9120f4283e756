import { useApp } from '../../app-context';
import { ChurnSliders } from '../../components/churn-sliders';

/**
 * The settings a rebalance reads — churn multiplier, growth, headroom — on the store's one set
 * of settings, so the plan view sees the same values. The plan-only controls are left out.
 */
export function RunningSettings() {
  const { tr } = useApp();
  return (
    <section class="card stack no-print" aria-labelledby="running-settings-heading">
      <h2 id="running-settings-heading">{tr('settings.heading')}</h2>
      <ChurnSliders />
      <p class="small muted">{tr('running.settings.note')}</p>
    </section>
  );
}
