import { createSignal, Show } from 'solid-js';
import type { RejectedRow } from '../../core/model';
import { downloadText } from '../../io/browser';
import { rejectedCsv } from '../../io/exports';
import { useApp } from '../app-context';
import { rejectReason } from '../messages';
import { RejectedTable } from './rejected-table';

const PAGE = 100;

/** Rows that are not machines: line, column, value and reason; downloadable. */
export function RejectedRows(props: { rows: RejectedRow[]; name: string }) {
  const { tr, fmt } = useApp();
  const [shown, setShown] = createSignal(PAGE);
  return (
    <section class="card" aria-labelledby="rejected-heading">
      <h2 id="rejected-heading" tabindex="-1">
        {tr('rejected.heading')} <span class="badge warn">{fmt().num(props.rows.length)}</span>
      </h2>
      <RejectedTable rows={props.rows.slice(0, shown())} reason={(r) => rejectReason(tr, r)} />
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
