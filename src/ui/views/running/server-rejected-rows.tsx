import { Show } from 'solid-js';
import { RejectedTable } from '../../components/rejected-table';
import { useApp } from '../../app-context';
import type { RejectedServerRow } from '../../../io/servers';
import { serverRejectText } from '../../../i18n/reject-text';

/** Server-file rows that are not servers: line, column, value and reason, as the inventory's are listed. */
export function ServerRejectedRows(props: { rows: readonly RejectedServerRow[] }) {
  const { tr, fmt } = useApp();
  return (
    <Show when={props.rows.length > 0}>
      <section class="card" aria-labelledby="server-rejected-heading">
        <h2 id="server-rejected-heading">
          {tr('running.rejected.heading')} <span class="badge warn">{fmt().num(props.rows.length)}</span>
        </h2>
        <RejectedTable rows={props.rows} reason={(r) => serverRejectText(tr, r)} testId="server-rejected" />
      </section>
    </Show>
  );
}
