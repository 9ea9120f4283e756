import { createMemo } from 'solid-js';
import type { ChartConfiguration } from 'chart.js';
import type { RebalanceDocument } from '../../../io/documents/rebalance-document';
import { useApp } from '../../app-context';
import { ChartCanvas, type Colours } from '../../charts/chart-canvas';
import { DataTable } from '../../charts/data-table';

type Row = { id: string; now: number; after: number; limit: number };

/**
 * Load per existing server now, after the moves, and its limit at this headroom: machines and
 * churn side by side. Lazy-loaded (Chart.js); each chart has its data table.
 */
export default function RunningChart(props: { doc: RebalanceDocument }) {
  const { tr, fmt } = useApp();
  const machines = createMemo((): Row[] =>
    props.doc.servers.map((s) => ({ id: s.id, now: s.before.machineCount, after: s.after.machineCount, limit: s.limits.machines })),
  );
  const churn = createMemo((): Row[] =>
    props.doc.servers.map((s) => ({ id: s.id, now: s.before.churnGBPerDay, after: s.after.churnGBPerDay, limit: s.limits.churnGBPerDay })),
  );

  const config =
    (rows: () => Row[], axis: string) =>
    (c: Colours): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: rows().map((r) => r.id),
        datasets: [
          { label: tr('running.chart.now'), data: rows().map((r) => r.now), backgroundColor: c.primary },
          {
            label: tr('running.chart.after'),
            data: rows().map((r) => r.after),
            backgroundColor: c.secondaryFill,
            borderColor: c.secondary,
            borderWidth: 1,
          },
          // The limit as an outlined bar: distinct from the load without relying on colour.
          {
            label: tr('running.chart.limit'),
            data: rows().map((r) => r.limit),
            backgroundColor: 'transparent',
            borderColor: c.muted,
            borderWidth: 2,
          },
        ],
      },
      options: {
        maintainAspectRatio: false,
        locale: fmt().locale,
        scales: { y: { beginAtZero: true, title: { display: true, text: axis } } },
        plugins: { legend: { position: 'bottom' } },
      },
    });

  const table = (rows: () => Row[], caption: string, digits: number) => (
    <DataTable
      summary={tr('chart.table')}
      caption={caption}
      head={[tr('running.table.server'), tr('running.chart.now'), tr('running.chart.after'), tr('running.chart.limit')]}
      rows={rows().map((r) => [r.id, fmt().num(r.now, digits), fmt().num(r.after, digits), fmt().num(r.limit, digits)])}
    />
  );

  return (
    <section class="card no-print" aria-labelledby="running-chart-heading">
      <h2 id="running-chart-heading">{tr('running.chart.heading')}</h2>
      <div class="charts">
        <figure class="stack figure">
          <figcaption>
            <h3>{tr('running.chart.machines')}</h3>
          </figcaption>
          <ChartCanvas label={tr('running.chart.machines')} config={config(machines, tr('running.table.machines'))} />
          {table(machines, tr('running.chart.machines'), 0)}
        </figure>
        <figure class="stack figure">
          <figcaption>
            <h3>{tr('running.chart.churn')}</h3>
          </figcaption>
          <ChartCanvas label={tr('running.chart.churn')} config={config(churn, tr('running.table.churn'))} />
          {table(churn, tr('running.chart.churn'), 1)}
        </figure>
      </div>
    </section>
  );
}
