import { churnCounts } from '../../../core/churn-rate';
import { createMemo, For, Show } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import { sourcesOf } from '../../../core/rules';
import { minimumHardwareParams } from '../../../i18n/plan-context';
import { useApp } from '../../app-context';
import { linkSettingsText } from '../../../i18n/network-texts';
import { usePlanRules } from '../../plan-rules';
import { Checklist, DeploySteps } from './deploy-steps';
import { DocumentFrame } from '../document/document-frame';
import { planDocumentId } from '../document/document-id';
import { BillOfMaterials, MachinesPerServer, PLAN_SECTIONS, Risks, SectionTitle } from '../document/plan-sections';

/**
 * Print-only head of the deployment document: title, date, inputs and assumptions, all from the
 * plan's rule set. The screen's summary, reasons, server table and charts print after it, then
 * `PrintAppendix`; controls don't.
 */
export function PrintHeader(props: { doc: PlanDocument }) {
  const { state, tr, fmt } = useApp();
  const { ctx } = usePlanRules(() => props.doc);
  return (
    <>
      <DocumentFrame title={tr('print.title', { role: ctx().role })} id={planDocumentId(state, props.doc)}>
        <p>{tr('print.prepared', { date: fmt().date(new Date()), name: state.source?.name ?? '' })}</p>
      </DocumentFrame>
      <PrintInputs doc={props.doc} />
      <BillOfMaterials doc={props.doc} />
      <Risks doc={props.doc} />
    </>
  );
}

// The inputs and assumptions: rule set, units, settings, hardware, vaults, inventory, sources.
function PrintInputs(props: { doc: PlanDocument }) {
  const { state, tr } = useApp();
  const { rules } = usePlanRules(() => props.doc);
  return (
    <section class="print-only print-section" aria-labelledby="print-inputs">
      <SectionTitle n={PLAN_SECTIONS.inputs} title={tr('print.inputs')} id="print-inputs" />
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
          <SettingsText doc={props.doc} />
        </dd>
        <Show when={props.doc.settings.link}>
          {(link) => (
            <>
              <dt>{tr('network.settings.heading')}</dt>
              <dd>{linkSettingsText(tr, link(), (x) => (x === '' ? tr('site.none') : x))}</dd>
            </>
          )}
        </Show>
        <PrintChurnSources doc={props.doc} />
        <PrintHardware doc={props.doc} />
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
          <Sources doc={props.doc} />
        </dd>
      </dl>
    </section>
  );
}

// Where churn came from, when any was not measured, and the daily change rate estimates used.
function PrintChurnSources(props: { doc: PlanDocument }) {
  const { tr } = useApp();
  const sources = () => props.doc.summary.churnSources;
  return (
    <Show when={sources() && (sources()!.measured ?? 0) < props.doc.summary.machines}>
      <dt>{tr('churnSources.heading')}</dt>
      <dd data-testid="print-churn-sources">
        {tr('churnSources.counts', churnCounts(sources() ?? {}))}
        <Show when={props.doc.settings.churnRatePercent !== undefined}>
          {'. '}
          {tr('churnRate.assumption', { percent: props.doc.settings.churnRatePercent ?? 0 })}
        </Show>
      </dd>
    </Show>
  );
}

// The minimum hardware and the vaults, where the rule set says them.
function PrintHardware(props: { doc: PlanDocument }) {
  const { tr, fmt } = useApp();
  const { rules, ctx } = usePlanRules(() => props.doc);
  const hardware = createMemo(() => minimumHardwareParams(rules()));
  return (
    <>
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
    </>
  );
}

// The documents the rule set's figures come from, with their dates.
function Sources(props: { doc: PlanDocument }) {
  const { tr, fmt } = useApp();
  const { rules } = usePlanRules(() => props.doc);
  return (
    <For each={sourcesOf(rules())}>
      {(src) => <div>{tr('print.source', { title: src.title, date: fmt().day(src.docDate), url: src.url })}</div>}
    </For>
  );
}

// Only the settings the rule set uses.
function SettingsText(props: { doc: PlanDocument }) {
  const { tr, fmt } = useApp();
  const { rules } = usePlanRules(() => props.doc);
  const s = () => props.doc.settings;
  const siteName = (x: string) => (x === '' ? tr('site.none') : x);
  const uses = (o: 'useConfigServerPs' | 'configSite' | 'strategy') => rules().options.includes(o);
  return (
    <>
      {tr('print.settingsText', {
        multiplier: fmt().num(s().multiplier, 2),
        growth: fmt().percent(s().growthPercent),
        headroom: fmt().percent(s().headroomPercent),
        builtIn: uses('useConfigServerPs') ? (s().useConfigServerPs ? tr('print.on') : tr('print.off')) : undefined,
        site: rules().builtIn && s().configSite !== null ? siteName(s().configSite ?? '') : undefined,
        strategy: uses('strategy') ? (s().strategy === 'least-vcpu' ? tr('strategy.least') : tr('strategy.fewest')) : undefined,
      })}
    </>
  );
}

/** Print-only end of the document: every server's machines, the checklist, the deployment steps. */
export function PrintAppendix(props: { doc: PlanDocument }) {
  const { rules } = usePlanRules(() => props.doc);
  return (
    <>
      <MachinesPerServer doc={props.doc} />
      <Checklist doc={props.doc} />
      <Show when={props.doc.servers.some((x) => x.role === rules().scaling.role)}>
        <DeploySteps doc={props.doc} />
      </Show>
    </>
  );
}
