import { appIssue } from '../../../i18n/app-issue-text';
import { CSV_MIME } from '../../../io/exports';
import { downloadText, JSON_MIME } from '../../../io/browser';
import { useApp } from '../../app-context';
import { runningIssueText } from '../running/running-texts';
import { baseName, downloadRunningWorkbook } from '../running/running-workbook';

/** Print the runbook; download the migration (JSON, as `migrate --json` prints it) and the batches (CSV). */
export function MigrateActions() {
  const { state, actions, tr } = useApp();
  const ready = () => state.status === 'ready' && state.migration?.ok === true;
  const name = () => baseName(state.source?.name ?? '');
  // Built in the worker in English whatever the page's language, so it is byte for byte what `migrate --json` prints.
  const download = async (kind: 'json' | 'csv') => {
    const r = kind === 'json' ? await actions.migrateJson() : await actions.migrateCsv();
    if (!r) return;
    if (r.text !== null)
      downloadText(kind === 'json' ? `${name()}-migration.json` : `${name()}-batches.csv`, r.text, kind === 'json' ? JSON_MIME : CSV_MIME);
    else
      actions.notify(
        'error',
        appIssue({ code: 'worker-error', params: { detail: r.issues.map((i) => runningIssueText(tr, i)).join(' ') } }),
      );
  };
  const downloadWorkbook = async () => {
    const r = await actions.migrateJson();
    if (!r) return;
    if (r.text === null)
      return actions.notify(
        'error',
        appIssue({ code: 'worker-error', params: { detail: r.issues.map((i) => runningIssueText(tr, i)).join(' ') } }),
      );
    const files = { inventoryName: state.source?.name ?? '', serversName: state.serverFile?.name ?? null };
    await downloadRunningWorkbook('migration', r.text, { ...files, fileName: `${name()}-batches.xlsx` });
  };
  return (
    <section class="card stack no-print" aria-labelledby="migrate-actions-heading">
      <h2 id="migrate-actions-heading">{tr('migrate.actions.heading')}</h2>
      <div class="row">
        <button type="button" class="primary" disabled={!ready()} onClick={() => window.print()}>
          {tr('migrate.actions.print')}
        </button>
      </div>
      <div class="row">
        <button type="button" disabled={!ready()} onClick={() => void download('json')}>
          {tr('migrate.actions.json')}
        </button>
        <button type="button" disabled={!ready()} onClick={() => void download('csv')}>
          {tr('migrate.actions.csv')}
        </button>
        <button type="button" disabled={!ready()} onClick={() => void downloadWorkbook()}>
          {tr('migrate.actions.workbook')}
        </button>
      </div>
    </section>
  );
}
