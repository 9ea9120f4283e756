import { createMemo, createSignal, For, Show } from 'solid-js';
import type { PlanDocument } from '../../../core/plan-document';
import { useApp } from '../../app-context';
import { printing } from '../../print-mode';
import { ServerRows } from './server-rows';

// A big estate has thousands of servers; the first screenful is what a reader scans, and building every row on each re-plan would cost the slider its smoothness.
const FIRST_ROWS = 100;

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Every server with its spec, load and utilisation; each row opens its machine list. Rows are
 * keyed by server id, not by the store's objects: when a re-plan lands the rows of the same
 * servers stay in place, so a keyboard user's focus (a "Show machines" button) is not lost.
 */
export function ServerTable(props: { doc: PlanDocument; updating: boolean }) {
  const { tr } = useApp();
  const [open, setOpen] = createSignal<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(open());
    if (!next.delete(id)) next.add(id);
    setOpen(next);
  };
  const byId = createMemo(() => new Map(props.doc.servers.map((s) => [s.id, s])));
  // Machines whose churn was not measured, by site and name: their lists say where it came from (docs/inputs.md#churn-sources).
  const sources = createMemo(
    () => new Map((props.doc.machineChurnSources ?? []).map((m) => [`${m.site}\u0000${m.machine}`, m.churnSource])),
  );
  const [showAll, setShowAll] = createSignal(false);
  const whole = () => showAll() || printing();
  const ids = createMemo(() => (whole() ? props.doc.servers : props.doc.servers.slice(0, FIRST_ROWS)).map((s) => s.id), [], {
    equals: sameIds,
  });
  const hidden = () => (whole() ? 0 : Math.max(0, props.doc.servers.length - FIRST_ROWS));
  return (
    <section class="card" aria-labelledby="servers-heading">
      <h2 id="servers-heading">
        {tr('servers.heading')}
        <Show when={props.updating}>
          <span class="badge info small" role="status">
            {tr('servers.updating')}
          </span>
        </Show>
      </h2>
      <div class="table-wrap">
        <table data-testid="server-table" class="servers plan-servers stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{tr('servers.id')}</th>
              <th scope="col">{tr('servers.site')}</th>
              <th scope="col">{tr('servers.tier')}</th>
              <th scope="col" class="num">
                {tr('servers.machines')}
              </th>
              <th scope="col" class="num">
                {tr('servers.churn')}
              </th>
              <th scope="col">{tr('servers.utilisation')}</th>
            </tr>
          </thead>
          <For each={ids()}>
            {(id) => (
              <Show when={byId().get(id)}>
                {(server) => <ServerRows server={server()} open={open().has(id)} onToggle={() => toggle(id)} sources={sources()} />}
              </Show>
            )}
          </For>
        </table>
      </div>
      <Show when={hidden() > 0}>
        <p class="no-print">
          <button type="button" onClick={() => setShowAll(true)}>
            {tr('servers.showAll', { n: props.doc.servers.length })}
          </button>
        </p>
      </Show>
    </section>
  );
}
