import { For, Show } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import type { ChurnSource } from '../../../core/model';
import { useApp } from '../../app-context';
import { UsageBar } from '../../components/usage-bar';

type Server = PlanDocument['servers'][number];

/** One server's row, and its machine list below it when opened. */
export function ServerRows(props: { server: Server; open: boolean; onToggle: () => void; sources?: ReadonlyMap<string, ChurnSource> }) {
  const { actions, tr, fmt } = useApp();
  const s = () => props.server;
  const siteName = () => (s().site === '' ? tr('site.none') : s().site);
  return (
    <tbody>
      <tr data-server={s().id}>
        <th scope="row">
          {s().id}
          <div class="small muted">{tr(`role.${s().role}`)}</div>
          <Show when={s().dedicated}>
            <span class="badge warn">{tr('servers.dedicated')}</span>
          </Show>
        </th>
        <td class="nowrap" data-label={tr('servers.site')}>
          {siteName()}
        </td>
        <td class="cell-tier" data-label={tr('servers.tier')}>
          <strong>{s().tier}</strong>
          <div class="small muted nowrap">
            {tr('servers.spec', { vcpu: s().vcpu, sockets: s().sockets, cores: s().coresPerSocket, ghz: s().ghz })}
          </div>
          <div class="small muted">
            {tr('servers.memory', { gb: s().memoryGB })} · {tr('servers.cacheDisk', { gb: s().cacheGB })}
          </div>
        </td>
        <td class="num" data-label={tr('servers.machines')}>
          {fmt().num(s().machineCount)}
          <Show when={s().machineCount > 0}>
            <div>
              <button
                type="button"
                class="link small no-print"
                aria-expanded={props.open}
                aria-controls={`machines-${s().id}`}
                onClick={() => props.onToggle()}
              >
                {props.open ? tr('servers.hideMachines') : tr('servers.showMachines', { n: s().machineCount })}
              </button>
            </div>
          </Show>
        </td>
        <td class="num" data-label={tr('servers.churn')}>
          {fmt().num(s().churnGBPerDay, 1)}
        </td>
        <td class="util-cell" data-label={tr('servers.utilisation')}>
          <UsageBar label={tr('servers.useMachines')} share={s().utilisation.machines} />
          <UsageBar label={tr('servers.useChurn')} share={s().utilisation.churn} />
        </td>
      </tr>
      <Show when={props.open}>
        <tr class="machines-row">
          <td colspan="6">
            <ul class="machine-list" id={`machines-${s().id}`} aria-label={tr('servers.machinesOf', { id: s().id })}>
              <For each={actions.machinesOf(s().id)}>
                {(m) => (
                  <li>
                    {m}
                    <Show when={props.sources?.get(`${s().site}\u0000${m}`)}>
                      {(src) => (
                        <>
                          {' '}
                          <span class="badge churn-source">{tr(`churnSource.${src()}`)}</span>
                        </>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </td>
        </tr>
      </Show>
    </tbody>
  );
}
