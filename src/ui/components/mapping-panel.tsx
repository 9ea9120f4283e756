import { For, Show } from 'solid-js';
import type { MessageKey } from '../../i18n/catalogue';
import type { InventoryField } from '../../io/inventory';
import type { InventorySummary } from '../../workers/protocol';
import { useApp } from '../app-context';

type ChurnField = 'dailyChurnGB' | 'dailyChurnTB' | 'avgChurnMBps';
const CHURN: { field: ChurnField; label: MessageKey }[] = [
  { field: 'dailyChurnGB', label: 'unit.gbPerDay' },
  { field: 'dailyChurnTB', label: 'unit.tbPerDay' },
  { field: 'avgChurnMBps', label: 'unit.mbps' },
];
const OTHER: { field: Exclude<InventoryField, ChurnField>; label: MessageKey }[] = [
  { field: 'name', label: 'field.name' },
  { field: 'site', label: 'field.site' },
  { field: 'group', label: 'field.group' },
  { field: 'processServer', label: 'field.processServer' },
  { field: 'peakChurnMBps', label: 'field.peakChurnMBps' },
  { field: 'os', label: 'field.os' },
  { field: 'disks', label: 'field.disks' },
  { field: 'provisionedGB', label: 'field.provisionedGB' },
  { field: 'usedGB', label: 'field.usedGB' },
];

const columnIn = (inv: InventorySummary, f: InventoryField) => inv.mapping[f] ?? -1;
// The churn field that has a column (its unit), or the first one.
const churnOf = (inv: InventorySummary) => CHURN.find((c) => columnIn(inv, c.field) >= 0) ?? CHURN[0]!;

// The churn column and its unit, chosen together.
function ChurnColumn(props: { inventory: InventorySummary }) {
  const { actions, tr } = useApp();
  const columnOf = (f: InventoryField) => columnIn(props.inventory, f);
  const churn = () => churnOf(props.inventory);
  return (
    <div class="field">
      <label for="map-churn">{tr('field.churn')}</label>
      <div class="row">
        <ColumnSelect
          headers={props.inventory.headers}
          id="map-churn"
          value={columnOf(churn().field)}
          onChange={(v) => actions.setChurnColumn(v, churn().field)}
        />
        <select
          aria-label={tr('mapping.unit')}
          value={churn().field}
          onChange={(e) => actions.setChurnColumn(columnOf(churn().field), e.currentTarget.value as ChurnField)}
        >
          <For each={CHURN}>{(c) => <option value={c.field}>{tr(c.label)}</option>}</For>
        </select>
      </div>
    </div>
  );
}

// A choice of the file's columns, or none; a column without a header is named by its number.
function ColumnSelect(props: { id: string; headers: readonly string[]; value: number; onChange: (v: number) => void }) {
  const { tr } = useApp();
  const options = () => [
    { index: -1, label: tr('mapping.none') },
    ...props.headers.map((h, index) => ({ index, label: h || tr('mapping.unnamed', { n: index + 1 }) })),
  ];
  return (
    <select id={props.id} value={String(props.value)} onChange={(e) => props.onChange(Number(e.currentTarget.value))}>
      <For each={options()}>{(o) => <option value={String(o.index)}>{o.label}</option>}</For>
    </select>
  );
}

/** The detected column of each field, changeable with selects. */
export function MappingPanel(props: { inventory: InventorySummary }) {
  const { actions, tr } = useApp();
  const columnOf = (f: InventoryField) => columnIn(props.inventory, f);
  const churn = () => churnOf(props.inventory);
  const headerOf = (f: InventoryField) => props.inventory.headers[columnOf(f)] ?? tr('mapping.none');
  const isDetected = (f: InventoryField) => (props.inventory.detectedMapping[f] ?? -1) === columnOf(f);
  return (
    <details class="card no-print mapping">
      <summary>
        <h2 class="inline">{tr('mapping.heading')}</h2>
        <span class="small muted block" data-testid="mapping-summary">
          {tr('mapping.summary', { name: headerOf('name'), churn: `${headerOf(churn().field)} (${tr(churn().label)})` })}
        </span>
      </summary>
      <p class="small muted">
        {tr('mapping.format', {
          delimiter: props.inventory.delimiter === '\t' ? tr('mapping.tab') : props.inventory.delimiter,
          decimal: props.inventory.decimalMark,
        })}
      </p>
      <div class="stack">
        <ChurnColumn inventory={props.inventory} />
        <For each={OTHER}>
          {(o) => (
            <div class="field">
              <label for={`map-${o.field}`}>
                {tr(o.label)}{' '}
                <Show when={!isDetected(o.field)}>
                  <span class="badge info">{tr('mapping.changed')}</span>
                </Show>
              </label>
              <ColumnSelect
                headers={props.inventory.headers}
                id={`map-${o.field}`}
                value={columnOf(o.field)}
                onChange={(v) => actions.setColumn(o.field, v)}
              />
            </div>
          )}
        </For>
        <button type="button" class="link" onClick={() => actions.resetColumns()}>
          {tr('mapping.reset')}
        </button>
      </div>
    </details>
  );
}
