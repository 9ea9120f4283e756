import { createSignal, For, Show } from 'solid-js';
import type { RejectedRow } from '../../core/model';
import { downloadText } from '../../io/exports/download';
import { rejectedCsv } from '../../io/exports/rejected-csv';
import { useApp } from '../app-context';
import { rejectReason } from '../messages';

const PAGE = 100;

/** Rows that are not machines: line, column, value and reason; downloadable. */
export function RejectedRows(props: { rows: RejectedRow[]; name: string }) {
  const { tr, fmt } = useApp();
  const [shown, setShown] = createSignal(PAGE);
  return (
    <section class="card" aria-labelledby="rejected-heading">
      <h2 id="rejected-heading">
        {tr('rejected.heading')} <span class="badge warn">{fmt().num(props.rows.length)}</span>
      </h2>
      <div class="table-wrap">
        <table class="wrap-cells">
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
            <For each={props.rows.slice(0, shown())}>
              {(r) => (
                <tr>
                  <td class="num">{r.line}</td>
                  <td>{r.column}</td>
                  <td class="mono">{r.value}</td>
                  <td>{rejectReason(tr, r)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <div class="row mt-8">
        <Show when={props.rows.length > shown()}>
          <button type="button" onClick={() => setShown(shown() + PAGE)}>
            {tr('rejected.more', { n: Math.min(PAGE, props.rows.length - shown()) })}
          </button>
        </Show>
        <button
          type="button"
          class="no-print"
          onClick={() => downloadText(`${props.name.replace(/\.[^.]+$/, '')}-rejected.csv`, rejectedCsv(props.rows), 'text/csv')}
        >
          {tr('rejected.download')}
        </button>
      </div>
    </section>
  );
}
