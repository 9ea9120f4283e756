import { For, Show } from 'solid-js';
import type { RebalanceDocument } from '../../../io/documents';
import { useApp } from '../../app-context';

/** Scale-out servers to add, with the spec to build them to. */
export function NewServers(props: { doc: RebalanceDocument }) {
  const { tr, fmt } = useApp();
  const siteName = (s: string) => (s === '' ? tr('site.none') : s);
  return (
    <Show when={props.doc.newServers.length > 0}>
      <section class="card stack" aria-labelledby="new-servers-heading">
        <h2 id="new-servers-heading">
          {tr('running.new.heading')} <span class="badge warn">{fmt().num(props.doc.newServers.length)}</span>
        </h2>
        <p>{tr('running.new.intro')}</p>
        <div class="table-wrap">
          <table data-testid="new-servers">
            <thead>
              <tr>
                <th scope="col">{tr('servers.id')}</th>
                <th scope="col">{tr('servers.site')}</th>
                <th scope="col">{tr('running.table.tier')}</th>
                <th scope="col">{tr('running.new.spec')}</th>
                <th scope="col" class="num">
                  {tr('running.table.machines')}
                </th>
                <th scope="col" class="num">
                  {tr('running.table.churn')}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={props.doc.newServers}>
                {(n) => (
                  <tr>
                    <th scope="row">
                      {n.id}
                      <Show when={n.dedicated}>
                        {' '}
                        <span class="badge warn">{tr('running.new.dedicated')}</span>
                      </Show>
                    </th>
                    <td>{siteName(n.site)}</td>
                    <td>{n.tier}</td>
                    <td class="small">
                      <div>{tr('servers.spec', { vcpu: n.vcpu, sockets: n.sockets, cores: n.coresPerSocket, ghz: n.ghz })}</div>
                      <div>
                        {tr('servers.memory', { gb: n.memoryGB })} · {tr('servers.cacheDisk', { gb: n.cacheGB })}
                      </div>
                    </td>
                    <td class="num">{fmt().num(n.machineCount)}</td>
                    <td class="num">{fmt().num(n.churnGBPerDay, 1)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>
    </Show>
  );
}
