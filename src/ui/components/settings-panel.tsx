import { createMemo, For, Show } from 'solid-js';
import { MAX_CONFIG_SITE_CHARS } from '../../core/settings';
import { useApp } from '../app-context';
import { ChurnSliders } from './churn-sliders';

/** The controls that re-plan live: churn, growth, headroom, built-in process server, site, strategy. */
export function SettingsPanel() {
  const { state, actions, tr } = useApp();
  const sites = () => state.inventory?.sites ?? [];
  const busiest = () => sites()[0]?.site ?? '';
  const siteName = (s: string) => (s === '' ? tr('site.none') : s);
  // Only a site the settings schema accepts can be chosen: anything else could not be saved or shared.
  const choosable = (site: string) => site.length <= MAX_CONFIG_SITE_CHARS;
  const someTooLong = createMemo(() => !sites().every((s) => choosable(s.site)));
  return (
    <section class="card stack no-print" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{tr('settings.heading')}</h2>
      <ChurnSliders />
      <label class="check">
        <input
          type="checkbox"
          checked={state.settings.useConfigServerPs}
          onChange={(e) => actions.setSetting('useConfigServerPs', e.currentTarget.checked)}
        />
        <span>{tr('settings.builtIn')}</span>
      </label>
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
      <fieldset class="stack bare">
        <legend class="label label-strong">{tr('settings.strategy')}</legend>
        <label class="check">
          <input
            type="radio"
            name="strategy"
            value="fewest-servers"
            checked={state.settings.strategy === 'fewest-servers'}
            onChange={() => actions.setSetting('strategy', 'fewest-servers')}
          />
          <span>{tr('strategy.fewest')}</span>
        </label>
        <label class="check">
          <input
            type="radio"
            name="strategy"
            value="least-vcpu"
            checked={state.settings.strategy === 'least-vcpu'}
            onChange={() => actions.setSetting('strategy', 'least-vcpu')}
          />
          <span>{tr('strategy.least')}</span>
        </label>
      </fieldset>
      <Show when={state.settings.configSite !== null && !sites().some((s) => s.site === state.settings.configSite)}>
        <p class="small" role="alert">
          {tr('settings.configSiteMissing', { site: siteName(state.settings.configSite ?? '') })}
        </p>
      </Show>
    </section>
  );
}
