import { createMemo, Show } from 'solid-js';
import type { RejectedServerRow } from '../../../io/servers';
import type { Migration } from '../../../core/migrate';
import { migrationTexts } from '../../../i18n/migrate-texts';
import type { MigrationDocument } from '../../../io/migration-document';
import { useApp } from '../../app-context';
import { RejectedRows } from '../../components/rejected-rows';
import { SkippedRows } from '../../components/skipped-rows';
import { PrintHeader } from '../running/running-print-header';
import { ServerRejectedRows } from '../running/server-rejected-rows';
import { MigrateSummary } from './migrate-summary';
import { MigrateNotes } from './migrate-notes';
import { Runbook } from './runbook';
import { ServerMapping } from './server-mapping';

/** Everything about a migration plan, on screen and in print (the printed runbook). */
export function MigrateResults(props: { doc: MigrationDocument; migration: Migration; serverRejected: readonly RejectedServerRow[] }) {
  const { state, tr } = useApp();
  const texts = createMemo(() => migrationTexts(state.lang));
  return (
    <>
      <PrintHeader
        title={tr('migrate.print.title')}
        rules={tr('migrate.print.rules', { from: props.doc.from, to: props.doc.to })}
        kind="migrate"
        settings={props.doc.settings}
      />
      <MigrateSummary migration={props.migration} texts={texts()} />
      <ServerMapping migration={props.migration} />
      <Runbook migration={props.migration} texts={texts()} />
      <MigrateNotes migration={props.migration} texts={texts()} />
      <ServerRejectedRows rows={props.serverRejected} />
      <Show when={state.inventory && state.inventory.rejected.length > 0}>
        <RejectedRows rows={state.inventory!.rejected} name={state.inventory!.name} />
      </Show>
      <SkippedRows rows={state.inventory?.skipped ?? []} />
    </>
  );
}
