import type { PlanDocument } from '../../../core/plan-document';
import { useApp } from '../../app-context';

/** The headline figures of a plan. */
export function PlanSummary(props: { doc: PlanDocument }) {
  const { tr, fmt } = useApp();
  const s = () => props.doc.summary;
  const Metric = (p: { label: string; value: string; sub?: string; accent?: boolean; id?: string }) => (
    <div class="metric" classList={{ accent: p.accent }} data-metric={p.id}>
      <div class="label">{p.label}</div>
      <div class="value">{p.value}</div>
      {p.sub && <div class="sub">{p.sub}</div>}
    </div>
  );
  return (
    <section aria-labelledby="summary-heading" class="stack">
      <h2 id="summary-heading">{tr('summary.heading')}</h2>
      <div class="metrics">
        <Metric
          id="scale-out"
          accent
          label={tr('summary.scaleOut')}
          value={fmt().num(s().scaleOutServers)}
          sub={
            s().scaleOutServers === s().lowerBound
              ? tr('summary.atLowerBound', { lb: s().lowerBound })
              : tr('summary.lowerBound', { lb: s().lowerBound })
          }
        />
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
          sub={tr('summary.servers', { n: props.doc.servers.length })}
        />
        <Metric id="ram" label={tr('summary.ram')} value={fmt().gb(s().totalMemoryGB)} />
        <Metric id="cache" label={tr('summary.cache')} value={fmt().gb(s().totalCacheGB)} />
      </div>
    </section>
  );
}
