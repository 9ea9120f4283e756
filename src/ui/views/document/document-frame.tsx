import { For, Show, type JSX } from 'solid-js';
import { DOCUMENT_VERSION } from '../../../io/app-version';
import { useApp } from '../../app-context';
import { SIGN_OFF_FIELDS, SIGN_OFF_LABELS } from '../../state/sign-off';
import { countersContent, footerRule, usePageFooter } from './page-footer';

/**
 * The frame of every printed document (plan, change list, migration runbook): title, document
 * id, version and date, the sign-off table (blank fields print as a line to sign on), and the
 * footer of every page (id, "Page N of M"). A document adopts it in one line:
 * `<DocumentFrame title={…} id={…} />`; `children` print under the title (what it was made from).
 */
export function DocumentFrame(props: { title: string; id: string; children?: JSX.Element }) {
  const { state, tr, fmt } = useApp();
  usePageFooter(() =>
    footerRule(
      `${props.id} · v${DOCUMENT_VERSION.format}/${DOCUMENT_VERSION.app}`,
      countersContent((p) => tr('doc.pageOf', p)),
    ),
  );
  return (
    <header class="print-only print-title doc-frame">
      <h1>{props.title}</h1>
      {props.children}
      <dl class="doc-meta">
        <dt>{tr('doc.id')}</dt>
        <dd class="mono" data-testid="doc-id">
          {props.id}
        </dd>
        <dt>{tr('doc.version')}</dt>
        <dd>{tr('doc.versionText', DOCUMENT_VERSION)}</dd>
        <dt>{tr('doc.date')}</dt>
        <dd>{fmt().date(new Date())}</dd>
      </dl>
      <table class="sign-off">
        <tbody>
          <For each={SIGN_OFF_FIELDS}>
            {(f) => (
              <tr>
                <th scope="row">{tr(SIGN_OFF_LABELS[f])}</th>
                <td class="sign-value">
                  <Show when={state.signOff[f].trim() !== ''} fallback={<span class="sign-line" aria-hidden="true" />}>
                    {state.signOff[f]}
                  </Show>
                </td>
                <Show when={f !== 'changeRef'} fallback={<td colspan="2" />}>
                  <th scope="row" class="sign-label">
                    {tr('doc.signature')}
                  </th>
                  <td class="sign-line-cell">
                    <span class="sign-line" aria-hidden="true" />
                  </td>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </header>
  );
}
