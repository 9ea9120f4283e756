import { createMemo, For, Show } from 'solid-js';
import { ruleSetById, type RuleSetOption } from '../../core/rules';
import { MAX_CONFIG_SITE_CHARS } from '../../core/settings';
import { useApp } from '../app-context';
import { ChurnSliders } from './churn-sliders';
import { LinkSettingsFields } from './link-settings';
import { ChurnRateControl, estimatedMachines } from './churn-rate';
import { RuleSetChoice } from './rule-set-choice';

/**
 * The controls that re-plan live: the rule set, churn, growth, headroom, and the options the rule
 * set uses (classic: built-in process server, configuration server site, strategy). Options it does
 * not use are not shown; their values are kept for when a rule set that uses them is chosen again.
 */
export function SettingsPanel() {
  const { state, tr } = useApp();
  const uses = (o: RuleSetOption) => ruleSetById(state.settings.ruleSet).options.includes(o);
  return (
    <section class="card stack no-print" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{tr('settings.heading')}</h2>
      <RuleSetChoice />
      <Show when={estimatedMachines(state) > 0 && state.settings.churnRatePercent !== null}>
        <ChurnRateControl id="settings" />
      </Show>
      <ChurnSliders />
      <Show when={uses('useConfigServerPs')}>
        <BuiltInSwitch />
      </Show>
      <Show when={uses('configSite')}>
        <ConfigSite />
      </Show>
      <Show when={uses('strategy')}>
        <StrategyChoice />
      </Show>
      <Show when={!uses('useConfigServerPs') && !uses('configSite') && !uses('strategy')}>
        <p class="small muted" data-testid="options-not-used">
          {tr('settings.notUsed')}
        </p>
      </Show>
      <LinkSettingsFields />
    </section>
  );
}

function BuiltInSwitch() {
  const { state, actions, tr } = useApp();
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={state.settings.useConfigServerPs}
        onChange={(e) => actions.setSetting('useConfigServerPs', e.currentTarget.checked)}
      />
      <span>{tr('settings.builtIn')}</span>
    </label>
  );
}

function ConfigSite() {
  const { state, actions, tr } = useApp();
  const sites = () => state.inventory?.sites ?? [];
  const busiest = () => sites()[0]?.site ?? '';
  const siteName = (s: string) => (s === '' ? tr('site.none') : s);
  // Only a site the settings schema accepts can be chosen: anything else could not be saved or shared.
  const choosable = (site: string) => site.length <= MAX_CONFIG_SITE_CHARS;
  const someTooLong = createMemo(() => !sites().every((s) => choosable(s.site)));
  return (
    <>
      <div class="field">
        <label for="config-site">{tr('settings.configSite')}</label>
        <select
          id="config-site"
          aria-describedby={someTooLong() ? 'config-site-note' : undefined}
          onChange={(e) => actions.setSetting('configSite', e.currentTarget.selectedIndex === 0 ? null : e.currentTarget.value)}
        >
          <option value="" selected={state.settings.configSite === null}>
            {sites().length ? tr('settings.configSiteAuto', { site: siteName(busiest()) }) : tr('settings.configSiteAutoEmpty')}
          </option>
          <For each={sites()}>
            {(s) => (
              <option value={s.site} selected={state.settings.configSite === s.site} disabled={!choosable(s.site)}>
                {tr('settings.siteOption', { site: siteName(s.site), machines: s.machines })}
              </option>
            )}
          </For>
        </select>
        <Show when={someTooLong()}>
          <p id="config-site-note" class="small muted">
            {tr('settings.configSiteTooLong', { limit: MAX_CONFIG_SITE_CHARS })}
          </p>
        </Show>
      </div>
      <Show when={state.settings.configSite !== null && !sites().some((s) => s.site === state.settings.configSite)}>
        <p class="small" role="alert">
          {tr('settings.configSiteMissing', { site: siteName(state.settings.configSite ?? '') })}
        </p>
      </Show>
    </>
  );
}

function StrategyChoice() {
  const { state, actions, tr } = useApp();
  const strategies = [
    { value: 'fewest-servers', label: () => tr('strategy.fewest') },
    { value: 'least-vcpu', label: () => tr('strategy.least') },
  ] as const;
  return (
    <fieldset class="stack bare">
      <legend class="label label-strong">{tr('settings.strategy')}</legend>
      <For each={strategies}>
        {(s) => (
          <label class="check">
            <input
              type="radio"
              name="strategy"
              value={s.value}
              checked={state.settings.strategy === s.value}
              onChange={() => actions.setSetting('strategy', s.value)}
            />
            <span>{s.label()}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
