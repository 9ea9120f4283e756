import { For } from 'solid-js';
import type { ServerMachines } from '../../../core/machine-rows';
import { useApp } from '../../app-context';

/** One server's machines: a row each (group, OS, churn, source), a line where a group starts, totals at the foot. */
export function MachineTable(props: { list: ServerMachines }) {
  const { tr, fmt } = useApp();
  const starts = (i: number) => i > 0 && props.list.rows[i]!.group !== props.list.rows[i - 1]!.group;
  return (
    <table class="doc-table machines">
      <thead>
        <tr>
          <th scope="col">{tr('machines.col.machine')}</th>
          <th scope="col">{tr('machines.col.group')}</th>
          <th scope="col">{tr('machines.col.os')}</th>
          <th scope="col" class="num">
            {tr('machines.col.churn')}
          </th>
          <th scope="col">{tr('machines.col.source')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.list.rows}>
          {(m, i) => (
            <tr classList={{ 'group-start': starts(i()) }}>
              <td class="mono machine">{m.machine}</td>
              <td>{m.group}</td>
              <td>{m.os}</td>
              <td class="num">{fmt().num(m.churnGBPerDay, 3)}</td>
              <td class="small">{m.source}</td>
            </tr>
          )}
        </For>
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
