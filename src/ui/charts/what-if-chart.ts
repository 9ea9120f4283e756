import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { WhatIfPoint } from '../../core/planner';
import type { Colours } from './chart-canvas';

/** The words the chart shows, in the page's language. */
export interface WhatIfLabels {
  servers: string;
  lowerBound: string;
  unplaced: string;
  current: string;
  axis: string;
  locale: string;
}

/**
 * The rule set's scaling servers, their lower bound and (when any) the unplaced machines as churn changes,
 * with the current plan marked. Unplaced machines have an axis of their own on the right: where
 * the server line falls while churn rises, this line rises, and says why.
 */
export function whatIfConfig(
  points: readonly WhatIfPoint[],
  current: { multiplier: number; servers: number },
  l: WhatIfLabels,
  c: Colours,
): ChartConfiguration {
  const unplaced = points.some((p) => p.unplacedMachines > 0);
  return {
    type: 'line',
    data: {
      datasets: whatIfDatasets(points, current, l, c),
    },
    options: {
      maintainAspectRatio: false,
      locale: l.locale,
      parsing: false,
      scales: {
        x: { type: 'linear', min: 0.5, max: 3, title: { display: true, text: l.axis } },
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: l.servers } },
        y1: {
          display: unplaced,
          position: 'right',
          beginAtZero: true,
          ticks: { precision: 0 },
          grid: { drawOnChartArea: false },
          title: { display: true, text: l.unplaced },
        },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

// The server line, its lower bound, the unplaced machines (on their own axis, when any) and the current plan.
function whatIfDatasets(
  points: readonly WhatIfPoint[],
  current: { multiplier: number; servers: number },
  l: WhatIfLabels,
  c: Colours,
): ChartDataset<'line', { x: number; y: number }[]>[] {
  const unplaced = points.some((p) => p.unplacedMachines > 0);
  const series = (key: 'servers' | 'lowerBound' | 'unplacedMachines') => points.map((p) => ({ x: p.multiplier, y: p[key] }));
  return [
    {
      label: l.servers,
      data: series('servers'),
      borderColor: c.primary,
      backgroundColor: c.primary,
      stepped: true,
      pointRadius: 2,
      borderWidth: 2.5,
    },
    {
      label: l.lowerBound,
      data: series('lowerBound'),
      borderColor: c.muted,
      borderDash: [8, 4],
      pointRadius: 0,
      stepped: true,
      borderWidth: 2,
    },
    ...(unplaced
      ? [
          {
            label: l.unplaced,
            data: series('unplacedMachines'),
            yAxisID: 'y1',
            borderColor: c.warn,
            backgroundColor: c.warn,
            borderDash: [3, 3],
            pointStyle: 'triangle' as const,
            pointRadius: 3,
            stepped: true,
            borderWidth: 2,
          },
        ]
      : []),
    {
      label: l.current,
      data: [{ x: current.multiplier, y: current.servers }],
      borderColor: c.crit,
      backgroundColor: c.crit,
      pointRadius: 7,
      pointStyle: 'rectRot',
      showLine: false,
    },
  ];
}
