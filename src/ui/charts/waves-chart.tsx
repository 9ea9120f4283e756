import type { ChartConfiguration } from 'chart.js';
import type { SiteNetworkDocument } from '../../core/network';
import { waveStarts } from '../../i18n/network-texts';
import { useApp } from '../app-context';
import { ChartCanvas, type Colours } from './chart-canvas';

// A row per wave, and room for the axis and legend; past the cap labels thin out (the data table has them all).
const ROW_PX = 22;
const FRAME_PX = 90;
const MAX_PX = 2400;

/** Height of the chart box for `n` waves. */
function wavesHeight(n: number): number {
  return Math.min(MAX_PX, FRAME_PX + Math.max(n, 2) * ROW_PX);
}

/** A site's waves over time: one bar per wave from its start to its end, in hours (a Gantt chart). */
function wavesConfig(
  site: SiteNetworkDocument,
  l: { wave: (n: number) => string; seeding: string; axis: string; locale: string },
  c: Colours,
): ChartConfiguration {
  const starts = waveStarts(site);
  return {
    type: 'bar',
    data: {
      labels: site.waves.map((w) => l.wave(w.wave)),
      datasets: [
        {
          label: l.seeding,
          data: site.waves.map((w, i) => [starts[i]!, starts[i]! + w.hours]),
          backgroundColor: c.primary,
          borderColor: c.primary,
          borderWidth: 1,
          minBarLength: 2,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      locale: l.locale,
      scales: {
        y: { type: 'category', offset: true, ticks: { autoSkip: wavesHeight(site.waves.length) >= MAX_PX } },
        x: { type: 'linear', beginAtZero: true, position: 'top', title: { display: true, text: l.axis } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

/** The waves chart of one site; lazy-loaded with Chart.js. */
export default function WavesChart(props: { site: SiteNetworkDocument; label: string }) {
  const { tr, fmt } = useApp();
  const config = (c: Colours) =>
    wavesConfig(
      props.site,
      {
        wave: (n) => `${tr('network.wave')} ${fmt().num(n)}`,
        seeding: tr('network.chartSeeding'),
        axis: tr('network.chartAxis'),
        locale: fmt().locale,
      },
      c,
    );
  return <ChartCanvas label={props.label} config={config} height={wavesHeight(props.site.waves.length)} />;
}
