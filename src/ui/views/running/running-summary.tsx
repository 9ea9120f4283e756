import { Show } from 'solid-js';
import type { RebalanceDocument } from '../../../io/documents';
import { useApp } from '../../app-context';
import { Metric } from '../../components/metric';

// How many servers, and how many of them are healthy, warning, critical or not measured.
function ServersMetric(props: { doc: RebalanceDocument }) {
  const { tr, fmt } = useApp();
  const s = () => props.doc.summary;
  return (
    <div
      class="metric"
      classList={{ 'tone-crit': s().critical > 0, 'tone-warn': s().critical === 0 && s().warning > 0 }}
      data-metric="servers"
    >
      <div class="label">{tr('running.summary.servers')}</div>
      <div class="value">{fmt().num(s().servers)}</div>
      <div class="sub status-counts">
        <span class="badge ok" data-count="healthy">
          {tr('running.summary.healthy', { n: s().healthy })}
        </span>
        <span class="badge warn" data-count="warning">
          {tr('running.summary.warning', { n: s().warning })}
        </span>
        <span class="badge crit" data-count="critical">
          {tr('running.summary.critical', { n: s().critical })}
        </span>
        <Show when={s().notMeasured > 0}>
          <span class="badge info" data-count="not-measured">
            {tr('running.summary.notMeasured', { n: s().notMeasured })}
          </span>
        </Show>
      </div>
    </div>
  );
}

/** The headline figures: what moves, what is new, and how the servers are. */
export function RunningSummary(props: { doc: RebalanceDocument }) {
  const { tr, fmt } = useApp();
  const s = () => props.doc.summary;
  const set = () => props.doc.settings;
  return (
    <section aria-labelledby="running-summary-heading" class="stack">
      <h2 id="running-summary-heading">{tr('running.summary.heading')}</h2>
      <div class="metrics running-metrics">
        <Metric
          id="moved"
          tone="accent"
          label={tr('running.summary.moved')}
          value={fmt().num(s().machinesMoved)}
          sub={tr('running.summary.movedSub', { fromServers: s().machinesMovedFromServers, unassigned: s().unassignedPlaced })}
        />
        <Metric
          id="churn-moved"
          label={tr('running.summary.churn')}
          value={fmt().gbPerDay(s().churnMovedGBPerDay)}
          sub={tr('running.summary.churnSub', { machines: s().machines })}
        />
        <Metric
          id="new-servers"
          label={tr('running.summary.newServers')}
          value={fmt().num(s().newServers)}
          sub={s().unresolved > 0 ? tr('running.summary.unresolved', { n: s().unresolved }) : undefined}
        />
        <ServersMetric doc={props.doc} />
      </div>
      <p class="small muted">
        {tr('running.summary.settings', {
          multiplier: fmt().num(set().multiplier, 2),
          growth: fmt().percent(set().growthPercent),
          headroom: fmt().percent(set().headroomPercent),
        })}
      </p>
      <Show when={s().machinesMoved === 0 && s().unresolved === 0}>
        <p role="status">{tr('running.summary.nothing')}</p>
      </Show>
    </section>
  );
}
