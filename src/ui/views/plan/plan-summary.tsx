import { createMemo, Show } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import { ruleSetById } from '../../../core/rules';
import { minimumHardwareParams } from '../../../i18n/plan-context';
import { planKey } from '../../../workers/plan-key';
import { useApp } from '../../app-context';
import { usePlanRules } from '../../plan-rules';
import { churnCounts } from '../../../core/churn-rate';

function Metric(props: { label: string; value: string; sub?: string; accent?: boolean; id?: string }) {
  return (
    <div class="metric" classList={{ accent: props.accent }} data-metric={props.id}>
      <div class="label">{props.label}</div>
      <div class="value">{props.value}</div>
      {props.sub && <div class="sub">{props.sub}</div>}
    </div>
  );
}

/** The headline figures of a plan, and beside them the size of the same plan under the successor rule set. */
export function PlanSummary(props: { doc: PlanDocument }) {
  const { tr, fmt } = useApp();
  const { rules, ctx } = usePlanRules(() => props.doc);
  const s = () => props.doc.summary;
  const hardware = createMemo(() => minimumHardwareParams(rules()));
  return (
    <section aria-labelledby="summary-heading" class="stack">
      <h2 id="summary-heading">{tr('summary.heading')}</h2>
      <div class="metrics">
        <Metric
          id="scale-out"
          accent
          label={tr('summary.scaleOut', { role: ctx().role })}
          value={fmt().num(s().scaleOutServers)}
          sub={
            s().scaleOutServers === s().lowerBound
              ? tr('summary.atLowerBound', { lb: s().lowerBound })
              : tr('summary.lowerBound', { lb: s().lowerBound })
          }
        />
        <Show when={s().vaults !== undefined && rules().serversPerVault}>
          {(perVault) => (
            <Metric
              id="vaults"
              label={tr('summary.vaults')}
              value={fmt().num(s().vaults ?? 0)}
              sub={tr('summary.vaultsSub', { perVault: perVault().value, role: ctx().role })}
            />
          )}
        </Show>
        <Metric
          id="machines"
          label={tr('summary.machines')}
          value={fmt().num(s().machines)}
          sub={tr('summary.machinesSub', { rejected: s().rejectedRows, unplaced: s().unplacedMachines })}
        />
        <Metric
          id="churn"
          label={tr('summary.churn')}
          value={fmt().gbPerDay(s().totalChurnGBPerDay)}
          sub={tr('summary.bandwidth', { mbps: s().bandwidthMbps })}
        />
        <Metric
          id="vcpu"
          label={tr('summary.vcpu')}
          value={fmt().num(s().totalVcpu)}
          sub={tr('summary.servers', { n: props.doc.servers.length, hasBuiltIn: rules().builtIn !== undefined, role: ctx().role })}
        />
        <Metric id="ram" label={tr('summary.ram')} value={fmt().gb(s().totalMemoryGB)} />
        <Metric id="cache" label={tr('summary.cache')} value={fmt().gb(s().totalCacheGB)} />
      </div>
      <ChurnSourceCounts doc={props.doc} />
      <Alternative doc={props.doc} />
      <Show when={hardware()}>{(h) => <p class="small muted">{tr('summary.minimumHardware', h())}</p>}</Show>
    </section>
  );
}

/** Machines by where their churn came from, when any was not measured (docs/inputs.md#churn-sources). */
function ChurnSourceCounts(props: { doc: PlanDocument }) {
  const { tr } = useApp();
  const counts = () => props.doc.summary.churnSources;
  return (
    <Show when={counts() && (counts()!.measured ?? 0) < props.doc.summary.machines}>
      <p class="small" data-testid="churn-sources">
        <strong>{tr('churnSources.heading')}:</strong> {tr('churnSources.counts', churnCounts(counts()!))}
        <Show when={props.doc.settings.churnRatePercent !== undefined}>
          {'. '}
          {tr('churnRate.assumption', { percent: props.doc.settings.churnRatePercent! })}
        </Show>
      </p>
    </Show>
  );
}

/**
 * Beside a plan whose rule set has a successor (classic, retired): how many servers the same
 * inventory and settings need under it, and a button that plans with it. The figure is the
 * worker's, for exactly the settings on screen; while it is being worked out the line says so.
 */
function Alternative(props: { doc: PlanDocument }) {
  const { state, actions, tr } = useApp();
  const successor = createMemo(() => {
    const id = ruleSetById(props.doc.ruleSet).successor;
    return id ? ruleSetById(id) : null;
  });
  const current = () => {
    const alt = state.alternative;
    return alt && alt.forKey === planKey(state.settings) && alt.ruleSet === successor()?.id ? alt : null;
  };
  return (
    <Show when={successor()}>
      {(next) => (
        <div class="notice info alt-plan row" data-testid="alternative">
          <span class="grow" role="status">
            <Show when={current()} fallback={tr('summary.alternativeWorking', { name: next().names[state.lang] })}>
              {(alt) =>
                tr('summary.alternative', {
                  servers: alt().servers,
                  lowerBound: alt().lowerBound,
                  name: next().names[state.lang],
                  role: next().scaling.role,
                })
              }
            </Show>
          </span>
          <button type="button" class="no-print" onClick={() => actions.setSetting('ruleSet', next().id)}>
            {tr('summary.alternativeSwitch', { name: next().names[state.lang] })}
          </button>
        </div>
      )}
    </Show>
  );
}
