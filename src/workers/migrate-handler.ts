import { runningDocumentId } from '../core/document-id';
import type { MigrationSettings } from '../core/migrate';
import { documentJson } from '../io/documents';
import { fail, type Result } from '../core/result';
import { runningIssue } from '../i18n/running-issue-text';
import { migrateRead, type MigratedInventory } from '../io/migrate-inventory';
import { batchesCsv } from '../io/exports';
import type { MigrateReply, MigrateText } from './migrate-protocol';
import { serversOf } from './rebalance-handler';
import type { RequestOf, WorkerState } from './worker-state';

/*
 * The worker's side of the Migration view, on the inventory held and the server file the running
 * view reads (kept in the state, parsed once).
 */

/** Plans the move of the inventory held, with the server file. */
export function migrate(state: WorkerState, req: RequestOf<'migrate'>): MigrateReply {
  const r = run(state, req.settings, req.servers);
  // The server file's rejected rows with their codes and figures, for the page's language (the document has them in English).
  const rejected = req.servers !== null && state.servers?.raw.ok ? state.servers.raw.value.rejected : [];
  if (r.ok) return { ok: true, document: r.value.document, migration: r.value.migration, serverRejected: rejected };
  return { ok: false, issues: r.issues, serverRejected: rejected };
}

/** What `migrate --json` prints for the inventory held and the server file, with its document id. */
export function migrateJson(state: WorkerState, req: RequestOf<'migrateJson'>): MigrateText {
  const r = run(state, req.settings, req.servers);
  if (!r.ok) return { text: null, issues: r.issues };
  const id = runningDocumentId(state.inventory!.inputKey, 'migrate', r.value.document.settings, req.servers);
  return { text: documentJson(id, r.value.document), issues: [] };
}

/** The batches as CSV, one row per machine (the machines' groups and classic servers from the inventory held). */
export function migrateCsv(state: WorkerState, req: RequestOf<'migrateCsv'>): MigrateText {
  const r = run(state, req.settings, req.servers);
  return { text: r.ok ? batchesCsv(r.value.migration.batches, state.inventory!.machines) : null, issues: r.ok ? [] : r.issues };
}

function run(state: WorkerState, settings: MigrationSettings, text: string | null): Result<MigratedInventory> {
  if (!state.inventory) return fail(runningIssue({ code: 'no-inventory', params: {} }));
  const srv = serversOf(state, text);
  if (!srv.ok) return srv;
  // Only the three settings a migration reads, in the CLI's order: the document prints them.
  const { multiplier, growthPercent, headroomPercent } = settings;
  return migrateRead(state.inventory, srv.value, { multiplier, growthPercent, headroomPercent });
}
