import { createSignal, For, Show } from 'solid-js';

/**
 * A chart's data as a table: the screen-reader (and curious reader's) alternative. Rows exist only
 * while the table is open, so a re-plan doesn't rebuild tables nobody is reading.
 */
export function DataTable(props: { summary: string; caption: string; head: string[]; rows: (string | number)[][] }) {
  const [open, setOpen] = createSignal(false);
  return (
    <details class="small" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{props.summary}</summary>
      <Show when={open()}>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{props.caption}</caption>
            <thead>
              <tr>
                <For each={props.head}>{(h) => <th scope="col">{h}</th>}</For>
              </tr>
            </thead>
            <tbody>
              <For each={props.rows}>
                {(r) => (
                  <tr>
                    <th scope="row">{r[0]}</th>
                    <For each={r.slice(1)}>{(c) => <td class="num">{c}</td>}</For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </details>
  );
}
