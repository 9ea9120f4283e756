import { createMemo, createSignal, For, Show } from 'solid-js';
import { serverMachines, type MachineRow, type ServerMachines } from '../../../core/machine-rows';
import type { PlanSettings } from '../../../core/model';
import { churnFactor } from '../../../core/planner';
import { factLookup } from '../../../io/machine-facts';
import { useApp } from '../../app-context';

/** A server's machines as rows (group, OS, effective churn, source) from the read inventory's facts, for these settings. */
export function useMachineRows(settings: () => Pick<PlanSettings, 'multiplier' | 'growthPercent'> & { churnRatePercent?: number | null }) {
  const { actions } = useApp();
  const lookup = createMemo(() => {
    const f = actions.machineFacts();
    return f ? factLookup(f, settings().churnRatePercent ?? null) : () => undefined;
  });
  // Called from JSX, which tracks the facts and settings it reads.
  return (site: string, names: readonly string[]): ServerMachines => {
    const find = lookup();
    return serverMachines(names, (n) => find(site, n), churnFactor(settings()));
  };
}

type Column = 'machine' | 'group' | 'os' | 'churnGBPerDay' | 'source';
type ColumnLabel = 'machines.col.machine' | 'machines.col.group' | 'machines.col.os' | 'machines.col.churn' | 'machines.col.source';
const COLUMNS: { key: Column; label: ColumnLabel; num?: boolean }[] = [
  { key: 'machine', label: 'machines.col.machine' },
  { key: 'group', label: 'machines.col.group' },
  { key: 'os', label: 'machines.col.os' },
  { key: 'churnGBPerDay', label: 'machines.col.churn', num: true },
  { key: 'source', label: 'machines.col.source' },
];

const compare = (key: Column) => (a: MachineRow, b: MachineRow) => {
  const x = a[key];
  const y = b[key];
  return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
};

/**
 * One server's machines: a row each (group, OS, churn, source), a line where a group starts,
 * totals at the foot. `sortable` (on screen): each column header sorts; first in the plan's order,
 * groups together. On paper the plan's order, and the header row repeats on every page.
 */
export function MachineTable(props: { list: ServerMachines; sortable?: boolean; id?: string; label?: string }) {
  const { tr, fmt } = useApp();
  const [sort, setSort] = createSignal<{ key: Column; dir: 1 | -1 } | null>(null);
  const rows = createMemo(() => {
    const s = sort();
    if (!s) return props.list.rows;
    const by = compare(s.key);
    return [...props.list.rows].sort((a, b) => s.dir * by(a, b) || a.machine.localeCompare(b.machine));
  });
  // A line where a group starts, while the list is in an order that keeps groups together.
  const starts = (i: number) => (sort() === null || sort()!.key === 'group') && i > 0 && rows()[i]!.group !== rows()[i - 1]!.group;
  const toggle = (key: Column) => setSort((s) => (s?.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: 1 }));
  const ariaSort = (key: Column) => (sort()?.key === key ? (sort()!.dir === 1 ? 'ascending' : 'descending') : undefined);
  return (
    <table class="doc-table machines" id={props.id} aria-label={props.label}>
      <thead>
        <tr>
          <For each={COLUMNS}>
            {(c) => (
              <th scope="col" classList={{ num: c.num === true }} aria-sort={props.sortable ? ariaSort(c.key) : undefined}>
                <Show when={props.sortable} fallback={tr(c.label)}>
                  <button
                    type="button"
                    class="link sort"
                    title={tr('machines.sort', { column: tr(c.label) })}
                    onClick={() => toggle(c.key)}
                  >
                    {tr(c.label)}
                  </button>
                </Show>
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody>
        <For each={rows()}>{(m, i) => <MachineLine row={m} groupStart={starts(i())} />}</For>
      </tbody>
      <tfoot>
        <tr class="total">
          <th scope="row" colspan="3">
            {tr('machines.total', { machines: props.list.totals.machines })}
          </th>
          <td class="num">{fmt().num(props.list.totals.churnGBPerDay, 3)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

// One machine: name, group, OS, effective churn, and where its churn came from.
function MachineLine(props: { row: MachineRow; groupStart: boolean }) {
  const { tr, fmt } = useApp();
  return (
    <tr classList={{ 'group-start': props.groupStart }}>
      <td class="mono machine">{props.row.machine}</td>
      <td>{props.row.group}</td>
      <td>{props.row.os}</td>
      <td class="num">{fmt().num(props.row.churnGBPerDay, 3)}</td>
      <td class="small">
        <Show when={props.row.churnSource} fallback={props.row.source}>
          {(kind) => <span class="badge churn-source">{tr(`churnSource.${kind()}`)}</span>}
        </Show>
      </td>
    </tr>
  );
}
