import { createMemo, Show } from 'solid-js';
import type { Migration } from '../../../core/migrate';
import { migrationTexts } from '../../../i18n/migrate-texts';
import type { MigrationDocument } from '../../../io/migration-document';
import { useApp } from '../../app-context';
import { RejectedRows } from '../../components/rejected-rows';
import { SkippedRows } from '../../components/skipped-rows';
import { ServerRejectedRows } from '../running/server-rejected-rows';
import { MigrateSummary } from './migrate-summary';
import { MigrateNotes } from './migrate-notes';
import { Runbook } from './runbook';
import { ServerMapping } from './server-mapping';

/** Everything about a migration plan, on screen and in print (the printed runbook). */
export function MigrateResults(props: { doc: MigrationDocument; migration: Migration }) {
  const { state, tr, fmt } = useApp();
  const texts = createMemo(() => migrationTexts(state.lang));
  return (
    <>
      <header class="print-only print-title">
        <h1>{tr('migrate.print.title')}</h1>
        <p>
          {tr('running.print.prepared', {
            date: fmt().date(new Date()),
            inventory: state.source?.name ?? '',
            servers: state.serverFile?.name ?? '',
          })}
        </p>
        <p class="small">{tr('migrate.print.rules', { from: props.doc.from, to: props.doc.to })}</p>
      </header>
      <MigrateSummary migration={props.migration} texts={texts()} />
      <ServerMapping migration={props.migration} />
      <Runbook migration={props.migration} texts={texts()} />
      <MigrateNotes migration={props.migration} texts={texts()} />
      <ServerRejectedRows rows={props.doc.rejected.servers} />
      <Show when={state.inventory && state.inventory.rejected.length > 0}>
        <RejectedRows rows={state.inventory!.rejected} name={state.inventory!.name} />
      </Show>
      <SkippedRows rows={state.inventory?.skipped ?? []} />
    </>
  );
}
