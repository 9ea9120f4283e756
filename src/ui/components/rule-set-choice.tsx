import { createMemo, For, Show } from 'solid-js';
import { ruleSetById, ruleSetIds } from '../../core/rules';
import { useApp } from '../app-context';

/**
 * The architecture the plan follows: one radio per registered rule set, named by its own data.
 * Where the chosen one is retired, the retirement is said and its documents cited.
 */
export function RuleSetChoice() {
  const { state, actions, tr, fmt } = useApp();
  const chosen = createMemo(() => ruleSetById(state.settings.ruleSet));
  return (
    <fieldset class="stack bare">
      <legend class="label label-strong">{tr('settings.ruleSet')}</legend>
      <For each={ruleSetIds()}>
        {(id) => (
          <label class="check">
            <input
              type="radio"
              name="rule-set"
              value={id}
              checked={state.settings.ruleSet === id}
              onChange={() => actions.setSetting('ruleSet', id)}
            />
            <span>{ruleSetById(id).names[state.lang]}</span>
          </label>
        )}
      </For>
      <Show when={chosen().retired}>
        {(retired) => (
          <div class="notice warn small stack tight" data-testid="retired">
            <span>{tr('settings.retired', { retiredOn: retired().date })}</span>
            <span>
              {tr('settings.retiredSources')}{' '}
              <For each={retired().sources}>
                {(src, i) => (
                  <>
                    {i() > 0 && '; '}
                    <a href={src.url} rel="noreferrer noopener" target="_blank">
                      {src.title}
                    </a>{' '}
                    ({fmt().day(src.docDate)})
                  </>
                )}
              </For>
            </span>
          </div>
        )}
      </Show>
    </fieldset>
  );
}
