import { createMemo, For, Show } from 'solid-js';
import type { RebalanceDocument, ServerDoc } from '../../../io/documents';
import type { RebalanceDetail } from '../../../workers/rebalance-protocol';
import { useApp } from '../../app-context';
import { changeGroups, wholeSwitch, type SourceGroup } from './change-groups';
import { shedTexts } from '../../../i18n/rebalance-texts';

const STEPS = ['running.change.step1', 'running.change.step2', 'running.change.step3', 'running.change.step4'] as const;

/**
 * The printed change list: one table per source process server, its machines grouped by
 * destination (one run of the portal's Load balance screen each), a box to tick per machine.
 * Print-only: on screen the move list says the same.
 */
export function ChangeList(props: { doc: RebalanceDocument; detail: RebalanceDetail }) {
  const { tr } = useApp();
  const groups = createMemo(() => changeGroups(props.doc.moves));
  const byId = createMemo(() => new Map(props.doc.servers.map((s) => [s.id, s])));
  return (
    <section class="print-only print-section print-break change-list" aria-labelledby="change-heading">
      <h2 id="change-heading">{tr('running.change.heading')}</h2>
      <ol class="change-steps">
        <For each={STEPS}>{(k) => <li>{tr(k)}</li>}</For>
      </ol>
      <Show when={groups().length > 0} fallback={<p>{tr('running.change.none')}</p>}>
        <For each={groups()}>{(g) => <ChangeTable group={g} server={byId().get(g.from)} detail={props.detail} />}</For>
      </Show>
    </section>
  );
}

function ChangeTable(props: { group: SourceGroup; server: ServerDoc | undefined; detail: RebalanceDetail }) {
  const { tr } = useApp();
  const g = () => props.group;
  const site = () => (g().site === '' ? tr('site.none') : g().site);
  const why = () => {
    const s = props.server;
    return s ? shedTexts(tr, s, props.detail.servers[s.id]?.shed ?? []) : '';
  };
  const heading = () =>
    g().from === ''
      ? tr('running.change.unassigned', { site: site() })
      : tr('running.change.from', { server: g().from, site: site(), machines: g().machines, churn: g().churnGBPerDay });
  return (
    <div class="change-source" data-from={g().from}>
      <h3>{heading()}</h3>
      <Show when={why()}>
        <p class="small">{why()}</p>
      </Show>
      <Show when={wholeSwitch(g(), props.server?.before.machineCount)}>
        <p class="small">{tr('running.change.switch', { from: g().from, to: g().destinations[0]!.to })}</p>
      </Show>
      <table class="change-table">
        <thead>
          <tr>
            <th scope="col" class="tick">
              {tr('running.change.done')}
            </th>
            <th scope="col">{tr('running.moves.machine')}</th>
            <th scope="col">{tr('running.change.group.col')}</th>
            <th scope="col" class="num">
              {tr('running.table.churn')}
            </th>
            <th scope="col">{g().from === '' ? tr('running.change.target') : tr('running.moves.to')}</th>
          </tr>
        </thead>
        <For each={g().destinations}>{(d) => <DestinationRows group={g()} destination={d} />}</For>
      </table>
    </div>
  );
}

// The machines one source sends to one destination, under a heading row for that destination.
function DestinationRows(props: { group: SourceGroup; destination: SourceGroup['destinations'][number] }) {
  const { tr, fmt } = useApp();
  const g = () => props.group;
  const d = () => props.destination;
  return (
    <tbody>
      <tr class="change-group">
        <th scope="colgroup" colspan="5">
          {g().from === ''
            ? tr('running.change.unassignedGroup', { server: d().to, machines: d().moves.length, churn: d().churnGBPerDay })
            : tr('running.change.group', { server: d().to, machines: d().moves.length, churn: d().churnGBPerDay })}
          <Show when={d().toNewServer}> — {tr('running.change.installFirst', { server: d().to })}</Show>
        </th>
      </tr>
      <For each={d().moves}>
        {(m) => (
          <tr>
            <td class="tick" aria-hidden="true">
              ☐
            </td>
            <td class="mono machine">{m.machine}</td>
            <td>{m.group}</td>
            <td class="num">{fmt().num(m.churnGBPerDay, 1)}</td>
            <td>{m.to}</td>
          </tr>
        )}
      </For>
    </tbody>
  );
}
