import { createMemo, For, Show } from 'solid-js';
import type { ChartConfiguration } from 'chart.js';
import type { PlanDocument } from '../../core/plan-document';
import { churnFactor, whatIfDrops } from '../../core/planner';
import { PRESETS } from '../../core/settings';
import { useApp } from '../app-context';
import { usePlanRules } from '../plan-rules';
import { ChartCanvas } from './chart-canvas';
import { binLabel, churnHistogram } from './churn-histogram';
import type { Colours } from './chart-canvas';
import { DataTable } from './data-table';
import { utilisationConfig, utilisationHeight } from './utilisation-chart';
import { whatIfConfig } from './what-if-chart';

// Reference lines of the utilisation chart: the guide's 70 % (the headroom preset) and the 80 % warning.
const BEST = PRESETS.troubleshootingHeadroomPercent;
const WARN = 80;

/** The plan's three charts: utilisation per server, churn per machine, and what-if. Lazy-loaded. */
export default function PlanCharts(props: { doc: PlanDocument }) {
  const { tr } = useApp();
  return (
    <section class="card" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{tr('chart.heading')}</h2>
      <div class="charts">
        <UtilisationFigure doc={props.doc} />
        <ChurnFigure />
        <WhatIfFigure doc={props.doc} />
      </div>
    </section>
  );
}

function UtilisationFigure(props: { doc: PlanDocument }) {
  const { tr, fmt } = useApp();
  const pct = (x: number) => Math.round(x * 1000) / 10;
  const util = createMemo(() =>
    props.doc.servers.map((s) => ({ id: s.id, machines: pct(s.utilisation.machines), churn: pct(s.utilisation.churn) })),
  );
  const utilConfig = (c: Colours) =>
    utilisationConfig(
      util(),
      { best: BEST, warn: WARN },
      {
        machines: tr('chart.util.machines'),
        churn: tr('chart.util.churn'),
        best: tr('chart.util.best', { value: BEST }),
        warn: tr('chart.util.warn', { value: WARN }),
        axis: tr('chart.util.axis'),
        locale: fmt().locale,
      },
      c,
    );
  return (
    <figure class="stack figure" classList={{ 'figure-wide': util().length > 30 }} data-chart="utilisation">
      <figcaption>
        <h3>{tr('chart.util.title')}</h3>
      </figcaption>
      <ChartCanvas label={tr('chart.util.title')} config={utilConfig} height={utilisationHeight(util().length)} />
      <DataTable
        summary={tr('chart.table')}
        caption={tr('chart.util.title')}
        head={[tr('servers.id'), tr('chart.util.machines'), tr('chart.util.churn')]}
        rows={util().map((u) => [u.id, fmt().num(u.machines, 1), fmt().num(u.churn, 1)])}
      />
    </figure>
  );
}

function ChurnFigure() {
  const { state, tr, fmt } = useApp();
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
        // Twelve fixed bins: every one keeps its label, turned upright on a narrow screen rather than dropped.
        x: { ticks: { autoSkip: false, maxRotation: 90 }, title: { display: true, text: tr('chart.churn.axis') } },
        // Machines are counted whole: no 0.5 machine on the axis.
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: tr('chart.churn.machines') } },
      },
      plugins: { legend: { display: false } },
    },
  });
  return (
    <figure class="stack figure" data-chart="churn">
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
  );
}

function WhatIfFigure(props: { doc: PlanDocument }) {
  const { state, tr, fmt } = useApp();
  const { ctx } = usePlanRules(() => props.doc);
  const role = () => ({ role: ctx().role });
  const whatIf = () => state.whatIf ?? [];
  const hasUnplaced = () => whatIf().some((p) => p.unplacedMachines > 0);
  const whatIfChart = (c: Colours) =>
    whatIfConfig(
      whatIf(),
      { multiplier: state.settings.multiplier, servers: props.doc.summary.scaleOutServers },
      {
        servers: tr('chart.whatif.servers', role()),
        lowerBound: tr('chart.whatif.lowerBound'),
        unplaced: tr('chart.whatif.unplaced'),
        current: tr('chart.whatif.current', { m: state.settings.multiplier }),
        axis: tr('chart.whatif.axis'),
        locale: fmt().locale,
      },
      c,
    );
  return (
    <figure class="stack figure" data-chart="what-if">
      <figcaption>
        <h3>{tr('chart.whatif.title', role())}</h3>
      </figcaption>
      <Show when={whatIf().length > 0} fallback={<p class="muted small">{tr('chart.whatif.computing')}</p>}>
        <ChartCanvas label={tr('chart.whatif.title', role())} config={whatIfChart} />
        <WhatIfDropNotes doc={props.doc} />
        <DataTable
          summary={tr('chart.table')}
          caption={tr('chart.whatif.title', role())}
          head={[
            tr('chart.whatif.axis'),
            tr('chart.whatif.servers', role()),
            tr('chart.whatif.lowerBound'),
            ...(hasUnplaced() ? [tr('chart.whatif.unplaced')] : []),
          ]}
          rows={whatIf().map((p) => [
            fmt().times(p.multiplier, 1),
            fmt().num(p.servers),
            fmt().num(p.lowerBound),
            ...(hasUnplaced() ? [fmt().num(p.unplacedMachines)] : []),
          ])}
        />
      </Show>
    </figure>
  );
}

// One sentence per step of the series where the server count falls (machines left the servers).
function WhatIfDropNotes(props: { doc: PlanDocument }) {
  const { state, tr } = useApp();
  const { ctx } = usePlanRules(() => props.doc);
  const drops = createMemo(() => whatIfDrops(state.whatIf ?? []));
  return (
    <For each={drops()}>
      {(d) => (
        <p class="small" data-testid="what-if-drop">
          {tr('chart.whatif.drop', {
            m: d.to,
            before: d.servers.before,
            after: d.servers.after,
            unplaced: d.unplaced.after,
            role: ctx().role,
          })}
        </p>
      )}
    </For>
  );
}
