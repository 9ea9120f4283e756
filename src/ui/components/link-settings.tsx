import { createSignal, For, Show } from 'solid-js';
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
  return (
    <fieldset class="stack bare" data-testid="link-settings">
      <legend class="label label-strong">{tr('network.settings.heading')}</legend>
      <FigureField
        id="link-all"
        label={tr('network.settings.all')}
        value={link()?.allSitesMbps ?? ''}
        range={LINK_RANGES.mbps}
        use={(n) => change({ allSitesMbps: n })}
      />
      <Show when={sites().length > 1}>
        <SiteLinkFields change={change} />
      </Show>
      <Show when={link()} fallback={<p class="small muted">{tr('network.settings.none')}</p>}>
        {(l) => (
          <FigureField
            id="ir-goal"
            label={tr('network.settings.goal')}
            value={l().irGoalHours}
            range={LINK_RANGES.irGoalHours}
            use={(n) => change({ irGoalHours: n ?? DEFAULT_IR_GOAL_HOURS })}
          />
        )}
      </Show>
    </fieldset>
  );
}

// A figure per site, folded away until one is set: a site's own figure overrides the one for all.
function SiteLinkFields(props: { change: (next: Partial<LinkSettings>) => void }) {
  const { state, tr } = useApp();
  const link = () => state.settings.link;
  const sites = () => state.inventory?.sites ?? [];
  const siteName = (s: string) => (s === '' ? tr('site.none') : s);
  const setSite = (site: string, n: number | null) => {
    const siteMbps = { ...link()?.siteMbps };
    if (n === null) delete siteMbps[site];
    else siteMbps[site] = n;
    props.change({ siteMbps });
  };
  const own = (site: string) => {
    const l = link();
    return l && Object.hasOwn(l.siteMbps, site) ? String(l.siteMbps[site]) : '';
  };
  return (
    <details class="small" open={Object.keys(link()?.siteMbps ?? {}).length > 0}>
      <summary>{tr('network.settings.perSite')}</summary>
      <p class="small muted">{tr('network.settings.siteHint')}</p>
      <For each={sites()}>
        {(s, i) => (
          <FigureField
            id={`link-site-${i()}`}
            label={tr('network.settings.site', { site: siteName(s.site) })}
            value={own(s.site)}
            range={LINK_RANGES.mbps}
            use={(n) => setSite(s.site, n)}
          />
        )}
      </For>
    </details>
  );
}

/** A figure's field: applied when it changes (Tab, Enter); empty is null; out of range is marked and not applied. */
function FigureField(props: {
  id: string;
  label: string;
  value: number | string;
  range: { min: number; max: number };
  use: (n: number | null) => void;
}) {
  const [invalid, setInvalid] = createSignal(false);
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputmode="decimal"
        min={props.range.min}
        max={props.range.max}
        step="any"
        value={props.value}
        aria-invalid={invalid()}
        onChange={(e) => {
          const n = typed(e.currentTarget.value, props.range);
          setInvalid(n === undefined);
          if (n !== undefined) props.use(n);
        }}
      />
    </div>
  );
}
