import { For, Show } from 'solid-js';
import type { LinkSettings } from '../../core/model';
import { DEFAULT_IR_GOAL_HOURS, LINK_RANGES, linkOrNone } from '../../core/network';
import { useApp } from '../app-context';

// A figure typed in a field: null when empty, undefined when not a figure in range (not applied).
function typed(text: string, range: { min: number; max: number }): number | null | undefined {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= range.min && n <= range.max ? n : undefined;
}

/**
 * The link to Azure (one figure for every site, or per site) and the initial replication goal
 * (docs/rules.md#network-settings). No figure: no link, and the plan has no network.
 */
export function LinkSettingsFields() {
  const { state, actions, tr } = useApp();
  const link = () => state.settings.link;
  const sites = () => state.inventory?.sites ?? [];
  const siteName = (s: string) => (s === '' ? tr('site.none') : s);
  const change = (next: Partial<LinkSettings>) => {
    const now = link();
    const whole = {
      allSitesMbps: now?.allSitesMbps ?? null,
      siteMbps: { ...now?.siteMbps },
      irGoalHours: now?.irGoalHours ?? DEFAULT_IR_GOAL_HOURS,
      ...next,
    };
    actions.setSetting('link', linkOrNone(whole));
  };
  const apply = (input: HTMLInputElement, range: { min: number; max: number }, use: (n: number | null) => void) => {
    const n = typed(input.value, range);
    input.setAttribute('aria-invalid', String(n === undefined));
    if (n !== undefined) use(n);
  };
  const setSite = (site: string, n: number | null) => {
    const siteMbps = { ...link()?.siteMbps };
    if (n === null) delete siteMbps[site];
    else siteMbps[site] = n;
    change({ siteMbps });
  };
  const own = (site: string) => {
    const l = link();
    return l && Object.hasOwn(l.siteMbps, site) ? String(l.siteMbps[site]) : '';
  };
  return (
    <fieldset class="stack bare" data-testid="link-settings">
      <legend class="label label-strong">{tr('network.settings.heading')}</legend>
      <div class="field">
        <label for="link-all">{tr('network.settings.all')}</label>
        <input
          id="link-all"
          type="number"
          inputmode="decimal"
          min={LINK_RANGES.mbps.min}
          max={LINK_RANGES.mbps.max}
          step="any"
          value={link()?.allSitesMbps ?? ''}
          onChange={(e) => apply(e.currentTarget, LINK_RANGES.mbps, (n) => change({ allSitesMbps: n }))}
        />
      </div>
      <Show when={sites().length > 1}>
        <details class="small" open={Object.keys(link()?.siteMbps ?? {}).length > 0}>
          <summary>{tr('network.settings.perSite')}</summary>
          <p class="small muted">{tr('network.settings.siteHint')}</p>
          <For each={sites()}>
            {(s, i) => (
              <div class="field">
                <label for={`link-site-${i()}`}>{tr('network.settings.site', { site: siteName(s.site) })}</label>
                <input
                  id={`link-site-${i()}`}
                  type="number"
                  inputmode="decimal"
                  min={LINK_RANGES.mbps.min}
                  max={LINK_RANGES.mbps.max}
                  step="any"
                  value={own(s.site)}
                  onChange={(e) => apply(e.currentTarget, LINK_RANGES.mbps, (n) => setSite(s.site, n))}
                />
              </div>
            )}
          </For>
        </details>
      </Show>
      <Show when={link()} fallback={<p class="small muted">{tr('network.settings.none')}</p>}>
        {(l) => (
          <div class="field">
            <label for="ir-goal">{tr('network.settings.goal')}</label>
            <input
              id="ir-goal"
              type="number"
              inputmode="decimal"
              min={LINK_RANGES.irGoalHours.min}
              max={LINK_RANGES.irGoalHours.max}
              step="any"
              value={l().irGoalHours}
              onChange={(e) => apply(e.currentTarget, LINK_RANGES.irGoalHours, (n) => change({ irGoalHours: n ?? DEFAULT_IR_GOAL_HOURS }))}
            />
          </div>
        )}
      </Show>
    </fieldset>
  );
}
