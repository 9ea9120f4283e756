import { Show } from 'solid-js';
import { useApp } from '../../app-context';
import { CSV_ACCEPT, FileButton } from '../../components/file-button';
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
        <FileButton
          text={tr('running.servers.choose')}
          label={tr('running.servers.fileLabel')}
          accept={CSV_ACCEPT}
          onFiles={(files) => void actions.loadServerFile(files[0]!)}
        />
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
