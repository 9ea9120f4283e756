import { CONTROL_RANGES, PRESETS } from '../../core/settings';
import { useApp } from '../app-context';
import { Slider } from './slider';

/** Churn multiplier, growth and headroom: the settings both the plan and the rebalance read, on the store's one set. */
export function ChurnSliders() {
  const { state, actions, tr, fmt } = useApp();
  return (
    <>
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
    </>
  );
}
