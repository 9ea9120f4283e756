import { Show } from 'solid-js';
import { useApp } from '../../app-context';
import { openOnEnter } from '../../components/file-keys';
import { loadSampleServers } from './running-sample';

/** The optional process-server file: pick one, load the sample's, or remove it. */
export function ServerFilePanel() {
  const { state, actions, tr } = useApp();
  const rows = () => (state.rebalance?.ok ? state.rebalance.detail.serverRows : null);
  const refused = () => state.rebalance?.ok === false && state.serverFile !== null;
  return (
    <section class="card stack no-print" aria-labelledby="server-file-heading">
      <h2 id="server-file-heading">{tr('running.servers.heading')}</h2>
      <p class="small muted">{tr('running.servers.intro')}</p>
      <div class="row">
        <label class="button">
          {tr('running.servers.choose')}
          <input
            class="visually-hidden"
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            aria-label={tr('running.servers.fileLabel')}
            onKeyDown={openOnEnter}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void actions.loadServerFile(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" onClick={() => loadSampleServers(actions)}>
          {tr('running.servers.sample')}
        </button>
      </div>
      <Show when={state.serverFile} fallback={<p class="small">{tr('running.servers.none')}</p>}>
        {(file) => (
          <div class="stack">
            <p class="small" data-testid="server-file-summary">
              <Show when={rows()} fallback={refused() ? tr('running.servers.refused', { name: file().name }) : file().name}>
                {(r) =>
                  tr('running.servers.loaded', {
                    name: file().name,
                    accepted: r().accepted,
                    rejected: r().dataRows - r().accepted,
                    rows: r().dataRows,
                  })
                }
              </Show>
            </p>
            <button type="button" class="self-start" onClick={() => actions.removeServerFile()}>
              {tr('running.servers.remove')}
            </button>
          </div>
        )}
      </Show>
    </section>
  );
}
