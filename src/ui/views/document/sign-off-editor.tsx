import { For, Show } from 'solid-js';
import { MAX_SIGN_OFF_CHARS } from '../../../io/share';
import { useApp } from '../../app-context';
import { SIGN_OFF_FIELDS, SIGN_OFF_LABELS } from '../../state/sign-off';

/**
 * The document's sign-off and the servers' host names and IP addresses, typed on the page; the
 * printout's frame and install lines show them, and they are kept with the plan (storage, links, plan files).
 */
export function SignOffEditor(props: { servers?: readonly string[] }) {
  const { state, actions, tr } = useApp();
  return (
    <section class="card stack no-print" aria-labelledby="sign-off-heading">
      <h2 id="sign-off-heading">{tr('doc.editor')}</h2>
      <p class="small muted">{tr('doc.editorHint')}</p>
      <For each={SIGN_OFF_FIELDS}>
        {(f) => (
          <div class="field">
            <label for={`sign-off-${f}`}>{tr(SIGN_OFF_LABELS[f])}</label>
            <input
              id={`sign-off-${f}`}
              type="text"
              maxLength={MAX_SIGN_OFF_CHARS}
              value={state.signOff[f]}
              onInput={(e) => actions.setSignOff(f, e.currentTarget.value)}
            />
          </div>
        )}
      </For>
      <Show when={(props.servers?.length ?? 0) > 0}>
        <HostsTable servers={props.servers ?? []} />
      </Show>
    </section>
  );
}

// Each server's host name and IP address, for the install lines; folded away until wanted.
function HostsTable(props: { servers: readonly string[] }) {
  const { state, actions, tr } = useApp();
  return (
    <details class="hosts">
      <summary>{tr('doc.hosts')}</summary>
      <table class="hosts-table">
        <thead>
          <tr>
            <th scope="col">{tr('bom.role')}</th>
            <th scope="col">{tr('doc.host')}</th>
            <th scope="col">{tr('doc.ip')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.servers}>
            {(id) => (
              <tr>
                <th scope="row" class="mono">
                  {id}
                </th>
                <For each={['host', 'ip'] as const}>
                  {(part) => (
                    <td>
                      <input
                        type="text"
                        maxLength={MAX_SIGN_OFF_CHARS}
                        aria-label={`${id} ${tr(part === 'host' ? 'doc.host' : 'doc.ip')}`}
                        placeholder={tr(part === 'host' ? 'doc.hostPlaceholder' : 'doc.ipPlaceholder', { id })}
                        value={state.signOff.hosts[id]?.[part] ?? ''}
                        onInput={(e) => actions.setHost(id, part, e.currentTarget.value)}
                      />
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </details>
  );
}
