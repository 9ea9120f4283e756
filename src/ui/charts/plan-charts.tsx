import { createMemo, Show } from 'solid-js';
import type { ChartConfiguration } from 'chart.js';
import type { PlanDocument } from '../../core/plan-document';
import { churnFactor } from '../../core/planner/items';
import { PRESETS } from '../../core/settings';
import { useApp } from '../app-context';
import { ChartCanvas } from './chart-canvas';
import { binLabel, churnHistogram } from './churn-histogram';
import type { Colours } from './chart-canvas';
import { DataTable } from './data-table';

// Reference lines of the utilisation chart: the guide's 70 % (the headroom preset) and the 80 % warning.
const BEST = PRESETS.troubleshootingHeadroomPercent;
const WARN = 80;

/** The plan's three charts: utilisation per server, churn per machine, and what-if. Lazy-loaded. */
export default function PlanCharts(props: { doc: PlanDocument }) {
  const { state, tr, fmt } = useApp();
  const pct = (x: number) => Math.round(x * 1000) / 10;

  const util = createMemo(() =>
    props.doc.servers.map((s) => ({ id: s.id, machines: pct(s.utilisation.machines), churn: pct(s.utilisation.churn) })),
  );
  const utilConfig = (c: Colours): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: util().map((u) => u.id),
      datasets: [
        { type: 'bar', label: tr('chart.util.machines'), data: util().map((u) => u.machines), backgroundColor: c.primary },
        {
          type: 'bar',
          label: tr('chart.util.churn'),
          data: util().map((u) => u.churn),
          backgroundColor: c.secondaryFill,
          borderColor: c.secondary,
          borderWidth: 1,
        },
        {
          type: 'line',
          label: tr('chart.util.best', { value: BEST }),
          data: util().map(() => BEST),
          borderColor: c.muted,
          borderDash: [8, 4],
          pointRadius: 0,
          borderWidth: 2,
        },
        {
          type: 'line',
          label: tr('chart.util.warn', { value: WARN }),
          data: util().map(() => WARN),
          borderColor: c.warn,
          borderDash: [2, 3],
          pointRadius: 0,
          borderWidth: 2,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      locale: fmt().locale,
      scales: { y: { beginAtZero: true, suggestedMax: 100, title: { display: true, text: tr('chart.util.axis') } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });

  const histogram = createMemo(() => churnHistogram(state.inventory?.churns ?? new Float64Array(), churnFactor(state.settings)));
  const bins = () => histogram().map((b) => ({ label: binLabel(b, (n) => fmt().num(n)), count: b.count }));
  const churnConfig = (c: Colours): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: bins().map((b) => b.label),
      datasets: [{ label: tr('chart.churn.machines'), data: bins().map((b) => b.count), backgroundColor: c.primary }],
    },
    options: {
      maintainAspectRatio: false,
      locale: fmt().locale,
      scales: {
        x: { title: { display: true, text: tr('chart.churn.axis') } },
        y: { beginAtZero: true, title: { display: true, text: tr('chart.churn.machines') } },
      },
      plugins: { legend: { display: false } },
    },
  });

  const whatIf = () => state.whatIf ?? [];
  const whatIfConfig = (c: Colours): ChartConfiguration => ({
    type: 'line',
    data: {
      datasets: [
        {
          label: tr('chart.whatif.servers'),
          data: whatIf().map((p) => ({ x: p.multiplier, y: p.scaleOutServers })),
          borderColor: c.primary,
          backgroundColor: c.primary,
          stepped: true,
          pointRadius: 2,
          borderWidth: 2.5,
        },
        {
          label: tr('chart.whatif.lowerBound'),
          data: whatIf().map((p) => ({ x: p.multiplier, y: p.lowerBound })),
          borderColor: c.muted,
          borderDash: [8, 4],
          pointRadius: 0,
          stepped: true,
          borderWidth: 2,
        },
        {
          label: tr('chart.whatif.current', { m: state.settings.multiplier }),
          data: [{ x: state.settings.multiplier, y: props.doc.summary.scaleOutServers }],
          borderColor: c.crit,
          backgroundColor: c.crit,
          pointRadius: 7,
          pointStyle: 'rectRot',
          showLine: false,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      locale: fmt().locale,
      parsing: false,
      scales: {
        x: { type: 'linear', min: 0.5, max: 3, title: { display: true, text: tr('chart.whatif.axis') } },
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: tr('chart.whatif.servers') } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  });

  return (
    <section class="card" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{tr('chart.heading')}</h2>
      <div class="charts">
        <figure class="stack figure">
          <figcaption>
            <h3>{tr('chart.util.title')}</h3>
          </figcaption>
          <ChartCanvas label={tr('chart.util.title')} config={utilConfig} />
          <DataTable
            summary={tr('chart.table')}
            caption={tr('chart.util.title')}
            head={[tr('servers.id'), tr('chart.util.machines'), tr('chart.util.churn')]}
            rows={util().map((u) => [u.id, fmt().num(u.machines, 1), fmt().num(u.churn, 1)])}
          />
        </figure>
        <figure class="stack figure">
          <figcaption>
            <h3>{tr('chart.churn.title')}</h3>
          </figcaption>
          <ChartCanvas label={tr('chart.churn.title')} config={churnConfig} />
          <DataTable
            summary={tr('chart.table')}
            caption={tr('chart.churn.title')}
            head={[tr('chart.churn.axis'), tr('chart.churn.machines')]}
            rows={bins().map((b) => [b.label, fmt().num(b.count)])}
          />
        </figure>
        <figure class="stack figure">
          <figcaption>
            <h3>{tr('chart.whatif.title')}</h3>
          </figcaption>
          <Show when={whatIf().length > 0} fallback={<p class="muted small">{tr('chart.whatif.computing')}</p>}>
            <ChartCanvas label={tr('chart.whatif.title')} config={whatIfConfig} />
            <DataTable
              summary={tr('chart.table')}
              caption={tr('chart.whatif.title')}
              head={[tr('chart.whatif.axis'), tr('chart.whatif.servers'), tr('chart.whatif.lowerBound')]}
              rows={whatIf().map((p) => [fmt().times(p.multiplier, 1), fmt().num(p.scaleOutServers), fmt().num(p.lowerBound)])}
            />
          </Show>
        </figure>
      </div>
    </section>
  );
}
