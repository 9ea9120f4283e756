import { For, Show } from 'solid-js';
import type { SkippedRow } from '../../core/model';
import { useApp } from '../app-context';
import { skipReason } from '../messages';

/** Rows that are neither machines nor mistakes (a summary row), with their line and reason. */
export function SkippedRows(props: { rows: readonly SkippedRow[] }) {
  const { tr, fmt } = useApp();
  return (
    <Show when={props.rows.length > 0}>
      <section class="card" aria-labelledby="skipped-heading">
        <h2 id="skipped-heading">
          {tr('skipped.heading')} <span class="badge">{fmt().num(props.rows.length)}</span>
        </h2>
        <p class="small muted">{tr('skipped.intro')}</p>
        <div class="table-wrap">
          <table data-testid="skipped-rows">
            <thead>
              <tr>
                <th class="num" scope="col">
                  {tr('rejected.line')}
                </th>
                <th scope="col">{tr('rejected.reason')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.rows}>
                {(r) => (
                  <tr>
                    <td class="num">{r.line}</td>
                    <td>{skipReason(tr, r)}</td>
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
