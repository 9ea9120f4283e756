import { For, Show } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import { asrClassic } from '../../../core/rules/asr-classic';
import { useApp } from '../../app-context';
import { Checklist } from './checklist';
import { InstallLines } from './install-lines';

/**
 * Print-only head of the deployment document: title, date, inputs and assumptions. The screen's
 * summary, reasons, server table and charts print after it, then `PrintAppendix`; controls don't.
 */
export function PrintHeader(props: { doc: PlanDocument }) {
  const { state, tr, fmt } = useApp();
  const s = () => props.doc.settings;
  const siteName = (x: string) => (x === '' ? tr('site.none') : x);
  const sources = [...new Map(asrClassic.tiers.map((t) => [t.source.url, t.source])).values()];
  return (
    <>
      <header class="print-only print-title">
        <h1>{tr('print.title')}</h1>
        <p>{tr('print.prepared', { date: fmt().date(new Date()), name: state.source?.name ?? '' })}</p>
      </header>
      <section class="print-only print-section" aria-labelledby="print-inputs">
        <h2 id="print-inputs">{tr('print.inputs')}</h2>
        <dl class="print-dl">
          <dt>{tr('print.ruleSet')}</dt>
          <dd>{tr('print.ruleSetName', { id: asrClassic.id, title: asrClassic.title })}</dd>
          <dt>{tr('print.units')}</dt>
          <dd>{tr('print.unitsText')}</dd>
          <dt>{tr('print.settings')}</dt>
          <dd>
            {tr('print.settingsText', {
              multiplier: fmt().num(s().multiplier, 2),
              growth: fmt().percent(s().growthPercent),
              headroom: fmt().percent(s().headroomPercent),
              builtIn: s().useConfigServerPs ? tr('print.on') : tr('print.off'),
              site: siteName(s().configSite),
              strategy: s().strategy === 'least-vcpu' ? tr('strategy.least') : tr('strategy.fewest'),
            })}
          </dd>
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
            <For each={sources}>
              {(src) => <div>{tr('print.source', { title: src.title, date: fmt().day(src.docDate), url: src.url })}</div>}
            </For>
          </dd>
        </dl>
      </section>
    </>
  );
}

/** Print-only end of the document: every server's machines, the checklist, the install lines. */
export function PrintAppendix(props: { doc: PlanDocument }) {
  const { actions, tr } = useApp();
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
      <Checklist />
      <Show when={props.doc.servers.some((x) => x.role === 'scale-out')}>
        <InstallLines doc={props.doc} />
      </Show>
    </>
  );
}
