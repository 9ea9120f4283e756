import { createEffect, createSignal, onCleanup, onMount } from 'solid-js';
import type { ChartConfiguration } from 'chart.js';
import { Chart, chartColours } from './chart-setup';

/** Colours resolved from the theme, handed to a chart's config builder. */
export type Colours = ReturnType<typeof chartColours>;

/**
 * A Chart.js canvas: created on mount, updated in place when `config` changes, destroyed on
 * cleanup. Where the canvas has no 2D context (jsdom), nothing is drawn; the data table still is.
 * Drawing waits for the next animation frame. Theme colours are read once and again only when the colour scheme changes: reading computed
 * styles on every update would force a style recalculation of the whole page each re-plan.
 */
export function ChartCanvas(props: { label: string; config: (c: Colours) => ChartConfiguration }) {
  let canvas!: HTMLCanvasElement;
  let chart: Chart | undefined;
  const [colours, setColours] = createSignal<Colours | null>(null);
  onMount(() => {
    if (!canvas.getContext('2d')) return;
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const refresh = () => setColours(chartColours(canvas));
    scheme.addEventListener('change', refresh);
    onCleanup(() => scheme.removeEventListener('change', refresh));
    refresh();
  });
  // Plans can land several times a frame while a slider moves; draw the newest once per frame,
  // in the frame's own layout pass rather than forcing one inside each message.
  let frame = 0;
  createEffect(() => {
    const c = colours();
    if (!c) return;
    const next = props.config(c);
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (!chart) chart = new Chart(canvas, next);
      else {
        chart.data = next.data;
        chart.options = next.options ?? {};
        chart.update('none');
      }
    });
  });
  onCleanup(() => {
    cancelAnimationFrame(frame);
    chart?.destroy();
  });
  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}
