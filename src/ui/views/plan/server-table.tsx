import { createSignal, For, Show } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import { useApp } from '../../app-context';
import { UsageBar } from '../../components/usage-bar';

/** Every server with its spec, load and utilisation; each row opens its machine list. */
export function ServerTable(props: { doc: PlanDocument; updating: boolean }) {
  const { actions, tr, fmt } = useApp();
  const [open, setOpen] = createSignal<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(open());
    if (!next.delete(id)) next.add(id);
    setOpen(next);
  };
  const siteName = (s: string) => (s === '' ? tr('site.none') : s);
  return (
    <section class="card" aria-labelledby="servers-heading">
      <h2 id="servers-heading">
        {tr('servers.heading')}
        <Show when={props.updating}>
          <span class="badge info small" role="status">{tr('servers.updating')}</span>
        </Show>
      </h2>
      <div class="table-wrap">
        <table data-testid="server-table" class="servers">
          <thead>
            <tr>
              <th scope="col">{tr('servers.id')}</th>
              <th scope="col">{tr('servers.site')}</th>
              <th scope="col">{tr('servers.tier')}</th>
              <th scope="col" class="num">{tr('servers.machines')}</th>
              <th scope="col" class="num">{tr('servers.churn')}</th>
              <th scope="col">{tr('servers.utilisation')}</th>
            </tr>
          </thead>
          <For each={props.doc.servers}>
            {(s) => (
              <tbody>
                <tr data-server={s.id}>
                  <th scope="row">
                    {s.id}
                    <div class="small muted">{s.role === 'configuration' ? tr('role.configuration') : tr('role.scale-out')}</div>
                    <Show when={s.dedicated}><span class="badge warn">{tr('servers.dedicated')}</span></Show>
                  </th>
                  <td class="nowrap">{siteName(s.site)}</td>
                  <td>
                    <strong>{s.tier}</strong>
                    <div class="small muted nowrap">{tr('servers.spec', { vcpu: s.vcpu, sockets: s.sockets, cores: s.coresPerSocket, ghz: s.ghz })}</div>
                    <div class="small muted nowrap">
                      {tr('servers.memory', { gb: s.memoryGB })} · {tr('servers.cacheDisk', { gb: s.cacheGB })}
                    </div>
                  </td>
                  <td class="num">
                    {fmt().num(s.machineCount)}
                    <Show when={s.machineCount > 0}>
                      <div>
                        <button type="button" class="link small no-print nowrap" aria-expanded={open().has(s.id)} aria-controls={`machines-${s.id}`} onClick={() => toggle(s.id)}>
                          {open().has(s.id) ? tr('servers.hideMachines') : tr('servers.showMachines', { n: s.machineCount })}
                        </button>
                      </div>
                    </Show>
                  </td>
                  <td class="num">{fmt().num(s.churnGBPerDay, 1)}</td>
                  <td class="util-cell">
                    <UsageBar label={tr('servers.useMachines')} share={s.utilisation.machines} />
                    <UsageBar label={tr('servers.useChurn')} share={s.utilisation.churn} />
                  </td>
                </tr>
                <Show when={open().has(s.id)}>
                  <tr class="machines-row">
                    <td colspan="6">
                      <ul class="machine-list" id={`machines-${s.id}`} aria-label={tr('servers.machinesOf', { id: s.id })}>
                        <For each={actions.machinesOf(s.id)}>{(m) => <li>{m}</li>}</For>
                      </ul>
                    </td>
                  </tr>
                </Show>
              </tbody>
            )}
          </For>
        </table>
      </div>
    </section>
  );
}
