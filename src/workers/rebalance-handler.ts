import type { RebalanceSettings } from '../core/deployment';
import { runningDocumentId } from '../core/document-id';
import { documentJson } from '../io/documents';
import { fail, ok, type Result } from '../core/result';
import type { Lang } from '../i18n/format';
import { runningIssue } from '../i18n/running-issue-text';
import { rebalanceRead, type RebalancedInventory } from '../io/rebalance-inventory';
import { readServers, type ServersRead } from '../io/servers';
import type { RebalanceDetail, RebalanceJson, RebalanceReply } from './rebalance-protocol';
import type { RequestOf, WorkerState } from './worker-state';

/*
 * The worker's side of the running view. The last server file read is kept in the state, so a
 * slider move does not parse it again; bursts of rebalance requests are coalesced (in the serve
 * table), as plans are.
 */

/** Rebalances the inventory held against the server file, in the page's language. */
export function rebalance(state: WorkerState, req: RequestOf<'rebalance'>): RebalanceReply {
  const r = run(state, req.settings, req.servers, req.lang);
  if (r.ok) return { ok: true, document: r.value.document, detail: detailOf(r.value) };
  // Rows rejected from a server file that was refused are still worth listing.
  const rejected = req.servers !== null && state.servers?.raw.ok ? state.servers.raw.value.rejected : [];
  return { ok: false, issues: r.issues, serverRejected: rejected };
}

/** What `rebalance --json` prints for the inventory held and the server file (English), with its document id. */
export function rebalanceJson(state: WorkerState, req: RequestOf<'rebalanceJson'>): RebalanceJson {
  const r = run(state, req.settings, req.servers, 'en');
  if (!r.ok) return { json: null, issues: r.issues };
  const id = runningDocumentId(r.value.inventory.inputKey, 'rebalance', r.value.document.settings, req.servers);
  return { json: documentJson(id, r.value.document), issues: [] };
}

function run(state: WorkerState, settings: RebalanceSettings, text: string | null, lang: Lang): Result<RebalancedInventory> {
  if (!state.inventory) return fail(runningIssue({ code: 'no-inventory', params: {} }));
  const srv = serversOf(state, text);
  if (!srv.ok) return srv;
  // Only the three settings a rebalance reads, in the CLI's order: the document prints them.
  const { multiplier, growthPercent, headroomPercent } = settings;
  return rebalanceRead(state.inventory, srv.value, { multiplier, growthPercent, headroomPercent }, lang);
}

/** The server file of a request, read once and kept while the same text comes again (rebalance and migrate share it). */
export function serversOf(state: WorkerState, text: string | null): Result<ServersRead | null> {
  if (text === null) return ok(null);
  if (state.servers?.text !== text) {
    const raw = readServers(text);
    state.servers = { text, raw, read: usable(raw) };
  }
  return state.servers.read;
}

// As the CLI: a server file whose every row is rejected says nothing about the servers.
function usable(read: Result<ServersRead>): Result<ServersRead> {
  if (!read.ok || read.value.servers.length > 0) return read;
  const params = { rows: read.value.dataRows, firstRejected: read.value.rejected[0] ?? null, file: null };
  return fail(runningIssue({ code: 'no-valid-server-row', params }));
}

function detailOf(r: RebalancedInventory): RebalanceDetail {
  const servers: RebalanceDetail['servers'] = {};
  for (const s of r.rebalance.servers) servers[s.id] = { shed: s.shedReasons, assumptions: s.assumptions, notes: s.health.notes };
  return {
    servers,
    unresolved: r.rebalance.unresolved,
    notices: r.rebalance.notices,
    groupHomes: r.rebalance.moves.map((m) => m.groupHome),
    serverRejected: r.servers?.rejected ?? [],
    serverNotices: r.servers?.notices ?? [],
    serverRows: r.servers ? { accepted: r.servers.servers.length, dataRows: r.servers.dataRows } : null,
  };
}
