import { createMemo, For } from 'solid-js';
import type { Migration } from '../../../core/migrate';
import { useApp } from '../../app-context';

/** From each classic server to its appliances: which appliance takes how many of its machines. */
export function ServerMapping(props: { migration: Migration }) {
  const { tr, fmt } = useApp();
  const rows = createMemo(() => {
    const by = new Map<string, { server: string; site: string; to: { appliance: string; machines: number }[]; total: number }>();
    for (const a of props.migration.appliances)
      for (const f of a.fromServers) {
        const key = `${a.site}\u0000${f.server}`;
        const row = by.get(key) ?? { server: f.server, site: a.site, to: [], total: 0 };
        row.to.push({ appliance: a.id, machines: f.machineCount });
        row.total += f.machineCount;
        by.set(key, row);
      }
    return [...by.values()].sort((a, b) =>
      a.site < b.site ? -1 : a.site > b.site ? 1 : a.server < b.server ? -1 : a.server > b.server ? 1 : 0,
    );
  });
  return (
    <section class="card stack" aria-labelledby="migrate-mapping-heading">
      <h2 id="migrate-mapping-heading">{tr('migrate.mapping.heading')}</h2>
      <p class="small muted">{tr('migrate.mapping.intro')}</p>
      <div class="table-wrap">
        <table class="data" data-testid="migrate-mapping">
          <thead>
            <tr>
              <th scope="col">{tr('migrate.mapping.server')}</th>
              <th scope="col">{tr('migrate.col.site')}</th>
              <th scope="col" class="num">
                {tr('migrate.col.machines')}
              </th>
              <th scope="col">{tr('migrate.mapping.to')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(r) => (
                <tr classList={{ 'split-row': r.to.length > 1 }}>
                  <th scope="row">{r.server}</th>
                  <td>{r.site || '—'}</td>
                  <td class="num">{fmt().num(r.total)}</td>
                  <td>{r.to.map((t) => tr('migrate.mapping.share', { appliance: t.appliance, machines: t.machines })).join(', ')}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
