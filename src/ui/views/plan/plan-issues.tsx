import { For, Show } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import { useApp } from '../../app-context';
import { unplacedText, warningText } from '../../messages';
import { ALERT_CODES } from './plan-alerts';

/** Machines that can't be placed and plan warnings, each with its reason. */
export function PlanIssues(props: { doc: PlanDocument }) {
  const { tr, fmt } = useApp();
  const siteName = (s: string) => (s === '' ? tr('site.none') : s);
  // Unplaced machines have their table; near-limit and capacity warnings are said above the fold.
  const warnings = () => props.doc.warnings.filter((w) => w.code !== 'unplaced' && !ALERT_CODES.has(w.code));
  return (
    <>
      <Show when={props.doc.unplaced.length > 0}>
        <section class="card" aria-labelledby="unplaced-heading">
          <h2 id="unplaced-heading" tabindex="-1">
            {tr('unplaced.heading')} <span class="badge crit">{fmt().num(props.doc.unplaced.length)}</span>
          </h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{tr('unplaced.machine')}</th>
                  <th scope="col">{tr('servers.site')}</th>
                  <th scope="col" class="num">
                    {tr('servers.churn')}
                  </th>
                  <th scope="col">{tr('rejected.reason')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={props.doc.unplaced}>
                  {(u) => (
                    <tr>
                      <td>{u.machine}</td>
                      <td>{siteName(u.site)}</td>
                      <td class="num">{fmt().num(u.churnGBPerDay, 1)}</td>
                      <td>{unplacedText(tr, u, props.doc.ruleSet)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </section>
      </Show>
      <Show when={warnings().length > 0}>
        <section class="card" aria-labelledby="warnings-heading">
          <h2 id="warnings-heading">
            {tr('warnings.heading')} <span class="badge warn">{fmt().num(warnings().length)}</span>
          </h2>
          <ul class="plain-list">
            <For each={warnings()}>{(w) => <li>{warningText(tr, w, props.doc.ruleSet)}</li>}</For>
          </ul>
        </section>
      </Show>
    </>
  );
}
