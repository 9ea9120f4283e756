import { CONTROL_RANGES, PRESETS } from '../../../core/settings';
import { useApp } from '../../app-context';
import { Slider } from '../../components/slider';

/**
 * The settings a rebalance reads — churn multiplier, growth, headroom — on the store's one set
 * of settings, so the plan view sees the same values. The plan-only controls are left out.
 */
export function RunningSettings() {
  const { state, actions, tr, fmt } = useApp();
  return (
    <section class="card stack no-print" aria-labelledby="running-settings-heading">
      <h2 id="running-settings-heading">{tr('settings.heading')}</h2>
      <Slider
        id="multiplier"
        label={tr('settings.multiplier')}
        range={CONTROL_RANGES.multiplier}
        value={state.settings.multiplier}
        display={(v) => fmt().times(v)}
        onInput={(v) => actions.setSetting('multiplier', v)}
      />
      <Slider
        id="growth"
        label={tr('settings.growth')}
        range={CONTROL_RANGES.growthPercent}
        value={state.settings.growthPercent}
        display={(v) => fmt().percent(v)}
        onInput={(v) => actions.setSetting('growthPercent', v)}
        preset={{
          label: tr('settings.growthPreset', { value: PRESETS.deploymentPlannerGrowthPercent }),
          value: PRESETS.deploymentPlannerGrowthPercent,
        }}
      />
      <Slider
        id="headroom"
        label={tr('settings.headroom')}
        range={CONTROL_RANGES.headroomPercent}
        value={state.settings.headroomPercent}
        display={(v) => fmt().percent(v)}
        onInput={(v) => actions.setSetting('headroomPercent', v)}
        preset={{
          label: tr('settings.headroomPreset', { value: PRESETS.troubleshootingHeadroomPercent }),
          value: PRESETS.troubleshootingHeadroomPercent,
        }}
      />
      <p class="small muted">{tr('running.settings.note')}</p>
    </section>
  );
}
