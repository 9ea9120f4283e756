import type { HealthStatus } from '../../../core/rules';
import { useApp } from '../../app-context';

const CLASS: Record<HealthStatus, string> = { healthy: 'ok', 'not-measured': 'info', warning: 'warn', critical: 'crit' };
// A mark as well as a colour and a word, so the status reads in grayscale print too.
const MARK: Record<HealthStatus, string> = { healthy: '✓', 'not-measured': '?', warning: '!', critical: '✕' };

/** A server's status as a badge: word, mark and colour. "Not measured" is its own state, never healthy. */
export function HealthBadge(props: { status: HealthStatus }) {
  const { tr } = useApp();
  return (
    <span class={`badge ${CLASS[props.status]}`} data-status={props.status}>
      <span aria-hidden="true">{MARK[props.status]} </span>
      {tr(`health.status.${props.status}`)}
    </span>
  );
}
