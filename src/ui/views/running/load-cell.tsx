import { useApp } from '../../app-context';
import { UsageBar } from '../../components/usage-bar';

/**
 * A load before and after the moves against the server's limit at this headroom: figures, then
 * a bar each (the share of the limit, so over 100 % means over the limit).
 */
export function LoadCell(props: { before: number; after: number; limit: number; digits: number }) {
  const { tr, fmt } = useApp();
  const share = (x: number) => (props.limit > 0 ? x / props.limit : 0);
  const changed = () => props.before !== props.after;
  return (
    <div class="load-cell">
      <div class="nowrap">
        {fmt().num(props.before, props.digits)}
        {changed() ? ' → ' : ''}
        {changed() ? <strong>{fmt().num(props.after, props.digits)}</strong> : ''}
      </div>
      <div class="small muted nowrap">{tr('running.table.limit', { limit: fmt().num(props.limit, props.digits) })}</div>
      <UsageBar label={tr('running.bar.now')} share={share(props.before)} />
      <UsageBar label={tr('running.bar.after')} share={share(props.after)} />
    </div>
  );
}
