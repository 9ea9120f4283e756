import { createMemo } from 'solid-js';
import type { ChartConfiguration } from 'chart.js';
import type { RebalanceDocument } from '../../../io/documents';
import { useApp } from '../../app-context';
import { ChartCanvas, type Colours } from '../../charts/chart-canvas';
import { DataTable } from '../../charts/data-table';

type Row = { id: string; now: number; after: number; limit: number };

/**
 * Load per existing server now, after the moves, and its limit at this headroom: machines and
 * churn side by side. Lazy-loaded (Chart.js); each chart has its data table.
 */
export default function RunningChart(props: { doc: RebalanceDocument }) {
  const { tr } = useApp();
  const machines = createMemo((): Row[] =>
    props.doc.servers.map((s) => ({ id: s.id, now: s.before.machineCount, after: s.after.machineCount, limit: s.limits.machines })),
  );
  const churn = createMemo((): Row[] =>
    props.doc.servers.map((s) => ({ id: s.id, now: s.before.churnGBPerDay, after: s.after.churnGBPerDay, limit: s.limits.churnGBPerDay })),
  );
  return (
    <section class="card no-print" aria-labelledby="running-chart-heading">
      <h2 id="running-chart-heading">{tr('running.chart.heading')}</h2>
      <div class="charts">
        <LoadFigure rows={machines()} title={tr('running.chart.machines')} axis={tr('running.table.machines')} digits={0} />
        <LoadFigure rows={churn()} title={tr('running.chart.churn')} axis={tr('running.table.churn')} digits={1} />
      </div>
    </section>
  );
}

// One load (machines or churn) per server: the chart and its data table.
function LoadFigure(props: { rows: Row[]; title: string; axis: string; digits: number }) {
  const { tr, fmt } = useApp();
  const config = (c: Colours): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: props.rows.map((r) => r.id),
      datasets: [
        { label: tr('running.chart.now'), data: props.rows.map((r) => r.now), backgroundColor: c.primary },
        {
          label: tr('running.chart.after'),
          data: props.rows.map((r) => r.after),
          backgroundColor: c.secondaryFill,
          borderColor: c.secondary,
          borderWidth: 1,
        },
        // The limit as an outlined bar: distinct from the load without relying on colour.
        {
          label: tr('running.chart.limit'),
          data: props.rows.map((r) => r.limit),
          backgroundColor: 'transparent',
          borderColor: c.muted,
          borderWidth: 2,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      locale: fmt().locale,
      scales: { y: { beginAtZero: true, title: { display: true, text: props.axis } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
  const n = (x: number) => fmt().num(x, props.digits);
  return (
    <figure class="stack figure">
      <figcaption>
        <h3>{props.title}</h3>
      </figcaption>
      <ChartCanvas label={props.title} config={config} />
      <DataTable
        summary={tr('chart.table')}
        caption={props.title}
        head={[tr('running.table.server'), tr('running.chart.now'), tr('running.chart.after'), tr('running.chart.limit')]}
        rows={props.rows.map((r) => [r.id, n(r.now), n(r.after), n(r.limit)])}
      />
    </figure>
  );
}
