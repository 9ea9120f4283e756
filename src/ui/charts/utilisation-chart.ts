import type { ChartConfiguration } from 'chart.js';
import type { Colours } from './chart-canvas';

/** One server's bar pair: machines and churn as a percentage of its tier's limits. */
export interface UtilisationRow {
  id: string;
  machines: number;
  churn: number;
}

/** The words the chart shows, in the page's language. */
export interface UtilisationLabels {
  machines: string;
  churn: string;
  best: string;
  warn: string;
  axis: string;
  locale: string;
}

// Up to this many servers the bars stand side by side; beyond, one row per server so every id is written.
const UPRIGHT_MAX = 30;
// A row per server in the lying layout, and room for the axis and legend.
const ROW_PX = 18;
const FRAME_PX = 120;
/** The chart box's height in the upright layout (the stylesheet's). */
const UPRIGHT_PX = 260;
// A canvas that tall is as far as a page sensibly goes: past it ids are thinned and the data table has them all.
const MAX_PX = 4800;

/** Height of the chart box for `n` servers. */
export function utilisationHeight(n: number): number {
  return n <= UPRIGHT_MAX ? UPRIGHT_PX : Math.min(MAX_PX, FRAME_PX + n * ROW_PX);
}

/**
 * Utilisation per server with the guide's two reference lines. Every server gets its label and
 * its whole bar: upright for a few servers, one row each for many (a category axis thins labels
 * it has no room for, and a bar at an unpadded edge is cut in half).
 */
export function utilisationConfig(
  rows: readonly UtilisationRow[],
  refs: { best: number; warn: number },
  l: UtilisationLabels,
  c: Colours,
): ChartConfiguration {
  const lying = rows.length > UPRIGHT_MAX;
  const indexAxis = lying ? ('y' as const) : ('x' as const);
  const category = {
    type: 'category' as const,
    offset: true,
    ticks: { autoSkip: utilisationHeight(rows.length) >= MAX_PX, maxRotation: 90 },
  };
  const value = { type: 'linear' as const, beginAtZero: true, suggestedMax: 100, title: { display: true, text: l.axis } };
  // Reference lines run across the whole plot on a hidden 0–1 axis, not from the first bar's middle to the last one's.
  const ref = { type: 'linear' as const, axis: lying ? ('y' as const) : ('x' as const), display: false, min: 0, max: 1 };
  const line = (label: string, at: number, colour: string, dash: number[]) => referenceLine(label, at, colour, dash, lying);
  return {
    type: 'bar',
    data: {
      labels: rows.map((u) => u.id),
      datasets: [
        { type: 'bar', indexAxis, label: l.machines, data: rows.map((u) => u.machines), backgroundColor: c.primary },
        {
          type: 'bar',
          indexAxis,
          label: l.churn,
          data: rows.map((u) => u.churn),
          backgroundColor: c.secondaryFill,
          borderColor: c.secondary,
          borderWidth: 1,
        },
        line(l.best, refs.best, c.muted, [8, 4]),
        line(l.warn, refs.warn, c.warn, [2, 3]),
      ],
    },
    options: {
      indexAxis,
      maintainAspectRatio: false,
      locale: l.locale,
      scales: lying ? { y: category, x: { ...value, position: 'top' }, ref } : { x: category, y: value, ref },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

// A reference line across the whole plot, on the hidden 0–1 `ref` axis; `lying` when bars run across.
function referenceLine(label: string, at: number, colour: string, dash: number[], lying: boolean) {
  return {
    type: 'line' as const,
    indexAxis: lying ? ('y' as const) : ('x' as const),
    label,
    data: lying
      ? [
          { x: at, y: 0 },
          { x: at, y: 1 },
        ]
      : [
          { x: 0, y: at },
          { x: 1, y: at },
        ],
    ...(lying ? { yAxisID: 'ref' } : { xAxisID: 'ref' }),
    borderColor: colour,
    borderDash: dash,
    pointRadius: 0,
    borderWidth: 2,
  };
}
