import { CSV_MIME } from '../../../io/exports';
import { downloadText, JSON_MIME } from '../../../io/browser';
import { useApp } from '../../app-context';
import { runningIssueText } from '../running/running-texts';

const baseName = (name: string) => name.replace(/\.[^.]+$/, '') || 'inventory';

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
    else actions.notify('error', { code: 'worker-error', message: r.issues.map((i) => runningIssueText(tr, i)).join(' ') });
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
      </div>
    </section>
  );
}
