import { For, Show } from 'solid-js';
import { useApp } from '../../app-context';
import { serverRejectText } from './running-texts';

/** Server-file rows that are not servers: line, column, value and reason, as the inventory's are listed. */
export function ServerRejectedRows(props: {
  rows: readonly { line: number; column: string; value: string; message: string; code: string }[];
}) {
  const { tr, fmt } = useApp();
  return (
    <Show when={props.rows.length > 0}>
      <section class="card" aria-labelledby="server-rejected-heading">
        <h2 id="server-rejected-heading">
          {tr('running.rejected.heading')} <span class="badge warn">{fmt().num(props.rows.length)}</span>
        </h2>
        <div class="table-wrap">
          <table data-testid="server-rejected">
            <thead>
              <tr>
                <th class="num" scope="col">
                  {tr('rejected.line')}
                </th>
                <th scope="col">{tr('rejected.column')}</th>
                <th scope="col">{tr('rejected.value')}</th>
                <th scope="col">{tr('rejected.reason')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.rows}>
                {(r) => (
                  <tr>
                    <td class="num">{r.line}</td>
                    <td>{r.column}</td>
                    <td class="mono">{r.value}</td>
                    <td>{serverRejectText(tr, r)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>
    </Show>
  );
}
