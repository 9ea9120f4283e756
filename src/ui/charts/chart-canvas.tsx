import { createEffect, createSignal, onCleanup, onMount } from 'solid-js';
import type { ChartConfiguration } from 'chart.js';
import { throttle } from '../state/schedule';
import { Chart, chartColours } from './chart-setup';

const REDRAW_MS = 250;

/** Colours resolved from the theme, handed to a chart's config builder. */
export type Colours = ReturnType<typeof chartColours>;

/**
 * A Chart.js canvas: created on mount, updated in place when `config` changes, destroyed on
 * cleanup. Where the canvas has no 2D context (jsdom), nothing is drawn; the data table still is.
 * Redraws are paced (see below). Theme colours are read once and again only when the colour scheme changes: reading computed
 * styles on every update would force a style recalculation of the whole page each re-plan.
 */
export function ChartCanvas(props: { label: string; config: (c: Colours) => ChartConfiguration; height?: number }) {
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
  // While a slider moves, plans land every frame; redrawing a chart each time would cost more
  // than the rest of the page. Draw at most every 250 ms, and always the last state once it rests.
  const draw = throttle(
    (next: ChartConfiguration) => {
      if (!chart) {
        chart = new Chart(canvas, next);
        // What was drawn (scales, ticks, bars) for the browser tests: jsdom has no canvas, and the page no other handle on it.
        (canvas as HTMLCanvasElement & { chart?: Chart }).chart = chart;
      } else {
        chart.data = next.data;
        chart.options = next.options ?? {};
        chart.update('none');
      }
    },
    REDRAW_MS,
    { frame: true },
  );
  createEffect(() => {
    const c = colours();
    if (c) draw(props.config(c));
  });
  // A redraw still waiting is dropped with this component (the scheduler belongs to its owner).
  onCleanup(() => chart?.destroy());
  return (
    <div class="chart-box" style={props.height ? { height: `${props.height}px` } : undefined}>
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}
