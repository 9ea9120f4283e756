import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

// Only the parts the three charts use, so the lazy chunk stays small.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.animation = false;

/**
 * Colours for charts, read from the page's CSS so dark mode and print follow the theme. Series
 * never differ by hue alone: the first is a solid, darker fill; the second a lighter fill with
 * diagonal stripes; reference lines are dashed or dotted and markers have their own shapes. So
 * the charts read in grayscale print and for colour-blind readers.
 */
export function chartColours(el: Element) {
  const css = getComputedStyle(el);
  const v = (name: string) => css.getPropertyValue(name).trim();
  Chart.defaults.color = v('--muted');
  Chart.defaults.borderColor = v('--border');
  Chart.defaults.font.family = v('--font');
  const secondary = v('--chart-2');
  return {
    primary: v('--chart-1'),
    secondary,
    secondaryFill: stripes(secondary, v('--card')) ?? secondary,
    warn: v('--warn'),
    crit: v('--crit'),
    muted: v('--muted'),
  };
}

/** A fill of `colour` crossed by diagonal stripes of `gap`: tells a series apart without colour. */
function stripes(colour: string, gap: string): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = gap;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  // One stripe corner to corner, and its two halves at the edges, so tiles join seamlessly.
  for (const [x0, y0, x1, y1] of [
    [0, 8, 8, 0],
    [-1, 1, 1, -1],
    [7, 9, 9, 7],
  ] as const) {
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat');
}

export { Chart };
