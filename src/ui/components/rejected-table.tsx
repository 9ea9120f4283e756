import { For, Show } from 'solid-js';
import { useApp } from '../app-context';

/** A row of a file that was not read as it stands: where, what, and why (in the page's language). */
interface RejectedLine {
  line: number;
  column?: string;
  value?: string;
}

/**
 * Rejected rows of any file the page reads: line, column, value and reason. `brief` shows line
 * and reason only, for rows that have no one cell to blame (a skipped summary row).
 */
export function RejectedTable<R extends RejectedLine>(props: {
  rows: readonly R[];
  reason: (row: R) => string;
  testId?: string;
  brief?: boolean;
}) {
  const { tr } = useApp();
  return (
    <div class="table-wrap">
      {/* Values may be one unbroken 80-character run; a brief table holds prose only. */}
      <table classList={{ 'wrap-cells': !props.brief }} data-testid={props.testId}>
        <thead>
          <tr>
            <th class="num" scope="col">
              {tr('rejected.line')}
            </th>
            <Show when={!props.brief}>
              <th scope="col">{tr('rejected.column')}</th>
              <th scope="col">{tr('rejected.value')}</th>
            </Show>
            <th scope="col">{tr('rejected.reason')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(r) => (
              <tr>
                <td class="num nowrap">{r.line}</td>
                <Show when={!props.brief}>
                  <td class="keep-words">{r.column}</td>
                  <td class="mono">{r.value}</td>
                </Show>
                <td>{props.reason(r)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
