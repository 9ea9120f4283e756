import { appIssue } from '../../../i18n/app-issue-text';
import { CSV_MIME, movesCsv } from '../../../io/exports';
import { downloadText, JSON_MIME } from '../../../io/browser';
import { useApp } from '../../app-context';
import { runningIssueText } from './running-texts';
import { baseName, downloadRunningWorkbook } from './running-workbook';

/** Print the change list; download the moves (CSV) and the rebalance (JSON, as the CLI prints it). */
export function RunningActions() {
  const { state, actions, tr } = useApp();
  const doc = () => (state.status === 'ready' && state.rebalance?.ok ? state.rebalance.document : null);
  const name = () => baseName(state.source?.name ?? '');

  const downloadMoves = () => {
    const d = doc();
    if (d) downloadText(`${name()}-moves.csv`, movesCsv(d), CSV_MIME);
  };
  // Built in the worker in English whatever the page's language, so it is byte for byte what `rebalance --json` prints.
  const downloadJson = async () => {
    const r = await actions.rebalanceJson();
    if (!r) return;
    if (r.json !== null) downloadText(`${name()}-rebalance.json`, r.json, JSON_MIME);
    else
      actions.notify(
        'error',
        appIssue({ code: 'worker-error', params: { detail: r.issues.map((i) => runningIssueText(tr, i)).join(' ') } }),
      );
  };

  const downloadWorkbook = async () => {
    const r = await actions.rebalanceJson();
    if (!r) return;
    if (r.json === null)
      return actions.notify(
        'error',
        appIssue({ code: 'worker-error', params: { detail: r.issues.map((i) => runningIssueText(tr, i)).join(' ') } }),
      );
    const files = { inventoryName: state.source?.name ?? '', serversName: state.serverFile?.name ?? null };
    await downloadRunningWorkbook('rebalance', r.json, { ...files, fileName: `${name()}-moves.xlsx` });
  };

  return (
    <section class="card stack no-print" aria-labelledby="running-actions-heading">
      <h2 id="running-actions-heading">{tr('running.actions.heading')}</h2>
      <div class="row">
        <button type="button" class="primary" disabled={!doc()} onClick={() => window.print()}>
          {tr('running.actions.print')}
        </button>
      </div>
      <div class="row">
        <button type="button" disabled={!doc()} onClick={downloadMoves}>
          {tr('running.actions.moves')}
        </button>
        <button type="button" disabled={!doc()} onClick={downloadJson}>
          {tr('running.actions.json')}
        </button>
        <button type="button" disabled={!doc()} onClick={() => void downloadWorkbook()}>
          {tr('running.actions.workbook')}
        </button>
      </div>
    </section>
  );
}
