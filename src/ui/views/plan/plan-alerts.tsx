import { createMemo, For, Show } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import type { NearLimitParams } from '../../../core/model';
import { useApp } from '../../app-context';
import { jumpTo } from '../../jump';
import { warningText } from '../../messages';
import { cacheFills } from '../../../i18n/network-texts';
import { usePlanRules } from '../../plan-rules';

/** Plan warnings said above the fold (and not again in the warnings list below). */
export const ALERT_CODES: ReadonlySet<string> = new Set(['near-limit', 'configuration-server-capacity']);

/** How many things the alerts ask the reader to check (the phone's sticky strip says it too). */
export function alertCount(doc: PlanDocument): number {
  return (
    doc.warnings.filter((w) => ALERT_CODES.has(w.code)).length +
    Number(doc.summary.rejectedRows > 0) +
    Number(doc.unplaced.length > 0) +
    Number(cacheFills(doc.network) !== null) +
    Number(notSeeded(doc) > 0)
  );
}

/** Machines of known size that no initial replication wave can take (the link is full of churn). */
function notSeeded(doc: PlanDocument): number {
  return (doc.network?.sites ?? []).reduce((n, s) => n + s.blockedCount, 0);
}

/**
 * What a reader must not miss, before the figures: servers at the limit (with the sources' two
 * remedies, one click each), an estate past one configuration server, and rows or machines left
 * out of the plan, with a link to their table.
 */
export function PlanAlerts(props: { doc: PlanDocument }) {
  const { tr } = useApp();
  const { ctx } = usePlanRules(() => props.doc);
  const warnings = createMemo(() => props.doc.warnings.filter((w) => ALERT_CODES.has(w.code)));
  const rejected = () => props.doc.summary.rejectedRows;
  const unplaced = () => props.doc.unplaced.length;
  return (
    <Show when={alertCount(props.doc) > 0}>
      <section class="stack plan-alerts" id="plan-alerts" aria-labelledby="alerts-heading" tabindex="-1">
        <h2 id="alerts-heading">{tr('alerts.heading')}</h2>
        <For each={warnings()}>
          {(w) => (
            <div class="notice warn stack tight" data-alert={w.code}>
              <span>{warningText(tr, w, props.doc.ruleSet)}</span>
              <Show when={w.code === 'near-limit' ? w.params : null}>{(p) => <NearLimitRemedies doc={props.doc} params={p()} />}</Show>
            </div>
          )}
        </For>
        <Show when={cacheFills(props.doc.network)}>
          {(c) => (
            <Pointer alert="cache-fills" text={tr('alerts.cacheFills', c())} link={tr('alerts.cacheFillsLink')} to="network-heading" />
          )}
        </Show>
        <Show when={notSeeded(props.doc) > 0}>
          <Pointer
            alert="ir-blocked"
            text={tr('alerts.irBlocked', { machines: notSeeded(props.doc) })}
            link={tr('alerts.cacheFillsLink')}
            to="network-heading"
          />
        </Show>
        <Show when={unplaced() > 0}>
          <Pointer
            alert="unplaced"
            text={tr('alerts.unplaced', { n: unplaced(), role: ctx().role })}
            link={tr('alerts.unplacedLink')}
            to="unplaced-heading"
          />
        </Show>
        <Show when={rejected() > 0}>
          <Pointer
            alert="rejected"
            text={tr('alerts.rejected', { n: rejected() })}
            link={tr('alerts.rejectedLink')}
            to="rejected-heading"
          />
        </Show>
      </section>
    </Show>
  );
}

// The sources' two remedies for a server near its limit, one click each, when they would change a setting.
function NearLimitRemedies(props: { doc: PlanDocument; params: NearLimitParams }) {
  const { actions, tr } = useApp();
  const headroom = () => props.params.suggestedHeadroomPercent;
  const growth = () => props.params.suggestedGrowthPercent;
  return (
    <div class="row no-print">
      <Show when={props.doc.settings.headroomPercent > headroom()}>
        <button type="button" onClick={() => actions.setSetting('headroomPercent', headroom())}>
          {tr('alerts.applyHeadroom', { value: headroom() })}
        </button>
      </Show>
      <Show when={props.doc.settings.growthPercent < growth()}>
        <button type="button" onClick={() => actions.setSetting('growthPercent', growth())}>
          {tr('alerts.applyGrowth', { value: growth() })}
        </button>
      </Show>
    </div>
  );
}

/** Something left out of the plan, counted, with a link to the table that lists it (on screen only: paper has the table). */
function Pointer(props: { alert: string; text: string; link: string; to: string }) {
  return (
    <div class="notice warn no-print" data-alert={props.alert}>
      <span class="grow">
        {props.text}{' '}
        <a href={`#${props.to}`} onClick={(e) => jumpTo(e, props.to)}>
          {props.link}
        </a>
      </span>
    </div>
  );
}
