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

/** Colours for charts, read from the page's CSS so dark mode and print follow the theme. */
export function chartColours(el: Element) {
  const css = getComputedStyle(el);
  const v = (name: string) => css.getPropertyValue(name).trim();
  Chart.defaults.color = v('--muted');
  Chart.defaults.borderColor = v('--border');
  Chart.defaults.font.family = v('--font');
  return {
    // Blue and orange differ in lightness as well as hue: distinct in grayscale and for colour-blind readers.
    primary: v('--accent'),
    secondary: '#e8912d',
    warn: v('--warn'),
    crit: v('--crit'),
    muted: v('--muted'),
  };
}

export { Chart };
