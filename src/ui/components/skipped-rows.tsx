import { Show } from 'solid-js';
import type { SkippedRow } from '../../core/model';
import { useApp } from '../app-context';
import { skipReason } from '../messages';
import { RejectedTable } from './rejected-table';

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
        <RejectedTable rows={props.rows} reason={(r) => skipReason(tr, r)} testId="skipped-rows" brief />
      </section>
    </Show>
  );
}
