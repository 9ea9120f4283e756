import { churnCounts } from '../../../core/churn-rate';
import { createMemo, For, Show } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import { sourcesOf } from '../../../core/rules/registry';
import { minimumHardwareParams } from '../../../i18n/plan-context';
import { useApp } from '../../app-context';
import { usePlanRules } from '../../plan-rules';
import { Checklist, DeploySteps } from './deploy-steps';

/**
 * Print-only head of the deployment document: title, date, inputs and assumptions, all from the
 * plan's rule set. The screen's summary, reasons, server table and charts print after it, then
 * `PrintAppendix`; controls don't.
 */
export function PrintHeader(props: { doc: PlanDocument }) {
  const { state, tr, fmt } = useApp();
  const { rules, ctx } = usePlanRules(() => props.doc);
  const s = () => props.doc.settings;
  const siteName = (x: string) => (x === '' ? tr('site.none') : x);
  const uses = (o: 'useConfigServerPs' | 'configSite' | 'strategy') => rules().options.includes(o);
  const hardware = createMemo(() => minimumHardwareParams(rules()));
  return (
    <>
      <header class="print-only print-title">
        <h1>{tr('print.title', { role: ctx().role })}</h1>
        <p>{tr('print.prepared', { date: fmt().date(new Date()), name: state.source?.name ?? '' })}</p>
      </header>
      <section class="print-only print-section" aria-labelledby="print-inputs">
        <h2 id="print-inputs">{tr('print.inputs')}</h2>
        <dl class="print-dl">
          <dt>{tr('print.ruleSet')}</dt>
          <dd>{tr('print.ruleSetName', { id: rules().id, title: rules().title[state.lang] })}</dd>
          <Show when={rules().retired}>
            {(retired) => (
              <>
                <dt>{tr('print.architecture')}</dt>
                <dd>{tr('settings.retired', { retiredOn: retired().date })}</dd>
              </>
            )}
          </Show>
          <dt>{tr('print.units')}</dt>
          <dd>{tr('print.unitsText')}</dd>
          <dt>{tr('print.settings')}</dt>
          <dd>
            {tr('print.settingsText', {
              multiplier: fmt().num(s().multiplier, 2),
              growth: fmt().percent(s().growthPercent),
              headroom: fmt().percent(s().headroomPercent),
              builtIn: uses('useConfigServerPs') ? (s().useConfigServerPs ? tr('print.on') : tr('print.off')) : undefined,
              site: rules().builtIn && s().configSite !== null ? siteName(s().configSite ?? '') : undefined,
              strategy: uses('strategy') ? (s().strategy === 'least-vcpu' ? tr('strategy.least') : tr('strategy.fewest')) : undefined,
            })}
          </dd>
          <Show when={props.doc.summary.churnSources && (props.doc.summary.churnSources.measured ?? 0) < props.doc.summary.machines}>
            <dt>{tr('churnSources.heading')}</dt>
            <dd data-testid="print-churn-sources">
              {tr('churnSources.counts', churnCounts(props.doc.summary.churnSources ?? {}))}
              <Show when={props.doc.settings.churnRatePercent !== undefined}>
                {'. '}
                {tr('churnRate.assumption', { percent: props.doc.settings.churnRatePercent ?? 0 })}
              </Show>
            </dd>
          </Show>
          <Show when={hardware()}>
            {(h) => (
              <>
                <dt>{tr('print.hardware')}</dt>
                <dd>{tr('summary.minimumHardware', h())}</dd>
              </>
            )}
          </Show>
          <Show when={props.doc.summary.vaults !== undefined && rules().serversPerVault}>
            {(perVault) => (
              <>
                <dt>{tr('print.vaults')}</dt>
                <dd>
                  {fmt().num(props.doc.summary.vaults ?? 0)} — {tr('summary.vaultsSub', { perVault: perVault().value, role: ctx().role })}
                </dd>
              </>
            )}
          </Show>
          <dt>{tr('print.inventory')}</dt>
          <dd>
            {tr('print.inventoryText', {
              machines: props.doc.summary.machines,
              rejected: props.doc.summary.rejectedRows,
              skipped: props.doc.summary.skippedRows,
              unplaced: props.doc.summary.unplacedMachines,
            })}
          </dd>
          <dt>{tr('print.sources')}</dt>
          <dd>
            <For each={sourcesOf(rules())}>
              {(src) => <div>{tr('print.source', { title: src.title, date: fmt().day(src.docDate), url: src.url })}</div>}
            </For>
          </dd>
        </dl>
      </section>
    </>
  );
}

/** Print-only end of the document: every server's machines, the checklist, the deployment steps. */
export function PrintAppendix(props: { doc: PlanDocument }) {
  const { actions, tr } = useApp();
  const { rules } = usePlanRules(() => props.doc);
  const siteName = (x: string) => (x === '' ? tr('site.none') : x);
  return (
    <>
      <section class="print-only print-section print-break" aria-labelledby="print-machines">
        <h2 id="print-machines">{tr('print.machines')}</h2>
        <For each={props.doc.servers.filter((x) => x.machineCount > 0)}>
          {(srv) => (
            <div class="print-server">
              <h3>
                {srv.id} · {srv.tier} · {siteName(srv.site)} ·{' '}
                {tr('servers.spec', { vcpu: srv.vcpu, sockets: srv.sockets, cores: srv.coresPerSocket, ghz: srv.ghz })} ·{' '}
                {tr('servers.memory', { gb: srv.memoryGB })} · {tr('servers.cacheDisk', { gb: srv.cacheGB })}
              </h3>
              <ul class="machine-list">
                <For each={actions.machinesOf(srv.id)}>{(m) => <li>{m}</li>}</For>
              </ul>
            </div>
          )}
        </For>
      </section>
      <Checklist doc={props.doc} />
      <Show when={props.doc.servers.some((x) => x.role === rules().scaling.role)}>
        <DeploySteps doc={props.doc} />
      </Show>
    </>
  );
}
