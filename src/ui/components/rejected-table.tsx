import { For } from 'solid-js';
import { useApp } from '../app-context';

/** A row of a file that was not read: where, what, and why (in the page's language). */
interface RejectedLine {
  line: number;
  column: string;
  value: string;
}

/** Rejected rows of any file the page reads: line, column, value and reason. */
export function RejectedTable<R extends RejectedLine>(props: { rows: readonly R[]; reason: (row: R) => string; testId?: string }) {
  const { tr } = useApp();
  return (
    <div class="table-wrap">
      <table class="wrap-cells" data-testid={props.testId}>
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
                <td class="num nowrap">{r.line}</td>
                <td class="keep-words">{r.column}</td>
                <td class="mono">{r.value}</td>
                <td>{props.reason(r)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
