import { useApp } from '../app-context';

// Lines of the utilisation chart: 70 % best practice, 80 % warning threshold.
const WARN = 0.8;
const CRIT = 0.95;

/** A labelled bar for a share of a limit, coloured at the warning thresholds. */
export function UsageBar(props: { label: string; share: number }) {
  const { fmt } = useApp();
  const level = () => (props.share > CRIT ? 'crit' : props.share > WARN ? 'warn' : '');
  return (
    <div class="row small usage">
      <span class="muted usage-label">{props.label}</span>
      <div class={`bar ${level()} grow`} aria-hidden="true">
        <span style={{ width: `${Math.min(100, props.share * 100)}%` }} />
      </div>
      <span class="usage-value">{fmt().pct(props.share)}</span>
    </div>
  );
}
