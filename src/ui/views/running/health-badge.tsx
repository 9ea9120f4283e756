import { useApp } from '../../app-context';

const CLASS = { healthy: 'ok', warning: 'warn', critical: 'crit' } as const;
// A mark as well as a colour and a word, so the status reads in grayscale print too.
const MARK = { healthy: '✓', warning: '!', critical: '✕' } as const;

/** A server's health status as a badge: word, mark and colour. */
export function HealthBadge(props: { status: 'healthy' | 'warning' | 'critical' }) {
  const { tr } = useApp();
  return (
    <span class={`badge ${CLASS[props.status]}`} data-status={props.status}>
      <span aria-hidden="true">{MARK[props.status]} </span>
      {tr(`health.status.${props.status}`)}
    </span>
  );
}
