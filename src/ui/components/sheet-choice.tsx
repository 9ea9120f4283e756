import { For, Show } from 'solid-js';
import type { WorkbookContext } from '../../io/inventory';
import { useApp } from '../app-context';

/** The sheet of a workbook that was read, and the others to read instead (docs/inputs.md#workbooks). */
export function SheetChoice(props: { workbook: WorkbookContext }) {
  const { state, actions, tr } = useApp();
  return (
    <div class="field" data-testid="sheet-choice">
      <label for="sheet-choice">{tr('sheet.label')}</label>
      <select id="sheet-choice" disabled={state.file === null} onChange={(e) => actions.chooseSheet(e.currentTarget.value)}>
        <For each={props.workbook.sheets}>
          {(s) => (
            <option value={s} selected={s === props.workbook.sheet}>
              {s}
            </option>
          )}
        </For>
      </select>
      <p class="small muted">{state.file === null ? tr('sheet.unavailable') : tr('sheet.help')}</p>
    </div>
  );
}

/** The sheet choice, when the inventory came from a workbook. */
export function WorkbookSheet() {
  const { state, tr } = useApp();
  return (
    <Show when={state.inventory?.workbook}>
      {(w) => (
        <section class="card stack no-print" aria-label={tr('sheet.label')}>
          <SheetChoice workbook={w()} />
        </section>
      )}
    </Show>
  );
}
