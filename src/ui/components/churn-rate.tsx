import { createSignal, Show } from 'solid-js';
import { SETTING_RANGES } from '../../core/settings';
import { useApp } from '../app-context';

/** Machines of the inventory whose churn is estimated from used storage (docs/inputs.md#churn-sources). */
export function estimatedMachines(state: ReturnType<typeof useApp>['state']): number {
  return state.inventory?.churnSources.estimated ?? 0;
}

/**
 * The daily change rate, asked for when the inventory needs it: machines with only used storage.
 * It starts empty (the planner never assumes one) and is a setting like the others: saved, shared
 * and printed. `id` tells the two places it is shown apart (the results, while nothing is planned; the sidebar).
 */
export function ChurnRateControl(props: { id: string }) {
  const { state, actions, tr } = useApp();
  const [draft, setDraft] = createSignal(state.settings.churnRatePercent?.toString() ?? '');
  const r = SETTING_RANGES.churnRatePercent;
  const valid = () => {
    const n = Number(draft());
    return draft().trim() !== '' && Number.isFinite(n) && n >= r.min && n <= r.max;
  };
  const apply = () => valid() && actions.setSetting('churnRatePercent', Number(draft()));
  return (
    <form
      class="field"
      data-testid={`churn-rate-${props.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <label for={`churn-rate-${props.id}-input`}>{tr('churnRate.label')}</label>
      <Show when={state.settings.churnRatePercent === null}>
        <p class="small" id={`churn-rate-${props.id}-help`}>
          {tr('churnRate.needed', { count: estimatedMachines(state) })}
        </p>
      </Show>
      <div class="row">
        <input
          id={`churn-rate-${props.id}-input`}
          type="number"
          inputmode="decimal"
          min={r.min}
          max={r.max}
          step="0.1"
          value={draft()}
          aria-describedby={state.settings.churnRatePercent === null ? `churn-rate-${props.id}-help` : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={() => apply()}
        />
        <button type="submit" class="button" disabled={!valid()}>
          {tr('churnRate.apply')}
        </button>
      </div>
    </form>
  );
}

/** The results while an inventory waits for its daily change rate: what is missing, and where to set it. */
export function ChurnRateNeeded() {
  const { tr } = useApp();
  return (
    <section class="card stack" aria-labelledby="churn-rate-heading" data-testid="churn-rate-needed">
      <h2 id="churn-rate-heading">{tr('churnRate.label')}</h2>
      <ChurnRateControl id="results" />
    </section>
  );
}
