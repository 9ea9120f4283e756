import { createMemo, createSignal, For, Show } from 'solid-js';
import type { RebalanceDocument } from '../../../io/documents';
import type { RebalanceDetail } from '../../../workers/rebalance-protocol';
import { useApp } from '../../app-context';
import { moveReason } from './running-texts';

const PAGE = 100;

/** Every move: machine, site, from, to, churn and why; long lists page by a hundred. */
export function MoveList(props: { doc: RebalanceDocument; detail: RebalanceDetail }) {
  const { tr, fmt } = useApp();
  const [shown, setShown] = createSignal(PAGE);
  const byId = createMemo(() => new Map(props.doc.servers.map((s) => [s.id, s])));
  const siteName = (s: string) => (s === '' ? tr('site.none') : s);
  return (
    <section class="card no-print" aria-labelledby="moves-heading">
      <h2 id="moves-heading">
        {tr('running.moves.heading')} <span class="badge info">{fmt().num(props.doc.moves.length)}</span>
      </h2>
      <Show when={props.doc.moves.length > 0} fallback={<p>{tr('running.moves.none')}</p>}>
        <div class="table-wrap">
          <table data-testid="move-list" class="move-list stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{tr('running.moves.machine')}</th>
                <th scope="col">{tr('servers.site')}</th>
                <th scope="col">{tr('running.moves.from')}</th>
                <th scope="col">{tr('running.moves.to')}</th>
                <th scope="col" class="num">
                  {tr('running.table.churn')}
                </th>
                <th scope="col">{tr('running.moves.reason')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.doc.moves.slice(0, shown())}>
                {(m, i) => (
                  <tr data-from={m.from} data-to={m.to}>
                    <td class="mono machine">{m.machine}</td>
                    <td data-label={tr('servers.site')}>{siteName(m.site)}</td>
                    <td class="nowrap" data-label={tr('running.moves.from')}>
                      {m.from === '' ? tr('running.moves.unassigned') : m.from}
                    </td>
                    <td class="nowrap" data-label={tr('running.moves.to')}>
                      {m.to}
                      <Show when={m.toNewServer}>
                        {' '}
                        <span class="badge warn">{tr('running.moves.newServer')}</span>
                      </Show>
                    </td>
                    <td class="num" data-label={tr('running.table.churn')}>
                      {fmt().num(m.churnGBPerDay, 1)}
                    </td>
                    <td class="small reason">{moveReason(tr, m, i(), byId().get(m.from), props.detail)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Show when={props.doc.moves.length > shown()}>
          <button type="button" class="mt-8" onClick={() => setShown(shown() + PAGE)}>
            {tr('rejected.more', { n: Math.min(PAGE, props.doc.moves.length - shown()) })}
          </button>
        </Show>
      </Show>
    </section>
  );
}
