import { createEffect, onCleanup, onMount } from 'solid-js';
import type { ChartConfiguration } from 'chart.js';
import { Chart, chartColours } from './chart-setup';

/** Colours resolved from the theme, handed to a chart's config builder. */
export type Colours = ReturnType<typeof chartColours>;

/**
 * A Chart.js canvas: created on mount, updated in place when `config` changes, destroyed on
 * cleanup. Where the canvas has no 2D context (jsdom), nothing is drawn; the data table still is.
 */
export function ChartCanvas(props: { label: string; config: (c: Colours) => ChartConfiguration }) {
  let canvas!: HTMLCanvasElement;
  let chart: Chart | undefined;
  onMount(() => {
    if (!canvas.getContext('2d')) return;
    chart = new Chart(canvas, props.config(chartColours(canvas)));
  });
  createEffect(() => {
    const next = props.config(chartColours(canvas));
    if (!chart) return;
    chart.data = next.data;
    chart.options = next.options ?? {};
    chart.update('none');
  });
  onCleanup(() => chart?.destroy());
  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}
