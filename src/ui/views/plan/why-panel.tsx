import { For, Show } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import { useApp } from '../../app-context';
import { driverText } from '../../messages';
import { cacheLines } from '../../../i18n/network-texts';
import { usePlanRules } from '../../plan-rules';

/** Plain-language reasons per site for the servers the plan's rule set adds. */
export function WhyPanel(props: { doc: PlanDocument }) {
  const { tr } = useApp();
  const { ctx } = usePlanRules(() => props.doc);
  const siteName = (s: string) => (s === '' ? tr('site.none') : s);
  const multi = () => props.doc.sites.length > 1;
  return (
    <section class="card" aria-labelledby="why-heading">
      <h2 id="why-heading">{tr('why.heading')}</h2>
      <For each={props.doc.sites}>
        {(site) => (
          <div class="stack mb-8">
            <Show when={multi()}>
              <h3>{tr('why.site', { site: siteName(site.site), servers: site.scaleOutServers, lb: site.lowerBound, role: ctx().role })}</h3>
            </Show>
            <ul class="plain-list">
              <For each={site.drivers}>{(d) => <li>{driverText(tr, d, ctx())}</li>}</For>
            </ul>
          </div>
        )}
      </For>
      <Show when={props.doc.network && cacheLines(tr, props.doc.network, siteName)}>
        {(lines) => (
          <Show when={lines().length > 0}>
            <div class="stack mb-8" data-testid="why-network">
              <h3>{tr('network.heading')}</h3>
              <ul class="plain-list">
                <For each={lines()}>{(l) => <li>{l}</li>}</For>
              </ul>
            </div>
          </Show>
        )}
      </Show>
    </section>
  );
}
