import type { RebalanceSettings } from '../core/deployment';
import { fail, ok, type Result } from '../core/result';
import type { Lang } from '../i18n/format';
import type { InventoryRead } from '../io/inventory';
import { rebalanceRead, type RebalancedInventory } from '../io/rebalance-inventory';
import { readServers, type ServersRead } from '../io/servers';
import type { RebalanceDetail, RebalanceJsonRequest, RebalanceRequest, RebalanceResponse } from './rebalance-protocol';

/**
 * The worker's side of the running view. The last server file read is kept, so a slider move
 * does not parse it again; bursts of requests are coalesced to the newest, as plans are.
 */
export function createRebalanceHandler(
  post: (r: RebalanceResponse | { type: 'error'; id: number; message: string }) => void,
  inventory: () => InventoryRead | null,
) {
  let cache: { text: string; raw: Result<ServersRead>; read: Result<ServersRead> } | null = null;
  let pending: RebalanceRequest | null = null;

  function servers(text: string | null): Result<ServersRead | null> {
    if (text === null) return ok(null);
    if (cache?.text !== text) {
      const raw = readServers(text);
      cache = { text, raw, read: usable(raw) };
    }
    return cache.read;
  }

  function run(settings: RebalanceSettings, text: string | null, lang: Lang): Result<RebalancedInventory> {
    const inv = inventory();
    if (!inv) return fail({ code: 'no-inventory', message: 'No inventory is loaded.' });
    const srv = servers(text);
    if (!srv.ok) return srv;
    // Only the three settings a rebalance reads, in the CLI's order: the document prints them.
    const { multiplier, growthPercent, headroomPercent } = settings;
    return rebalanceRead(inv, srv.value, { multiplier, growthPercent, headroomPercent }, lang);
  }

  function answer(req: RebalanceRequest): void {
    const r = run(req.settings, req.servers, req.lang);
    if (r.ok) return post({ type: 'rebalance', id: req.id, reply: { ok: true, document: r.value.document, detail: detailOf(r.value) } });
    // Rows rejected from a server file that was refused are still worth listing.
    const rejected = req.servers !== null && cache?.raw.ok ? cache.raw.value.rejected : [];
    post({ type: 'rebalance', id: req.id, reply: { ok: false, issues: r.issues, serverRejected: rejected } });
  }

  function json(req: RebalanceJsonRequest): void {
    const r = run(req.settings, req.servers, 'en');
    post({
      type: 'rebalance-json',
      id: req.id,
      json: r.ok ? `${JSON.stringify(r.value.document, null, 2)}\n` : null,
      issues: r.ok ? [] : r.issues,
    });
  }

  function guarded(req: RebalanceRequest | RebalanceJsonRequest): void {
    try {
      if (req.type === 'rebalance') answer(req);
      else json(req);
    } catch (err) {
      post({ type: 'error', id: req.id, message: (err as Error).message });
    }
  }

  return {
    handle(req: RebalanceRequest | RebalanceJsonRequest): void {
      if (req.type === 'rebalance-json') return guarded(req);
      const scheduled = pending !== null;
      pending = req;
      if (scheduled) return;
      setTimeout(() => {
        const next = pending;
        pending = null;
        if (next) guarded(next);
      }, 0);
    },
  };
}

// As the CLI: a server file whose every row is rejected says nothing about the servers.
function usable(read: Result<ServersRead>): Result<ServersRead> {
  if (!read.ok || read.value.servers.length > 0) return read;
  const first = read.value.rejected[0];
  const message = first
    ? `The server file has no valid server row: all ${read.value.dataRows} data rows were rejected. First: line ${first.line}: ${first.message}`
    : 'The server file has a header but no server rows.';
  return fail({ code: 'no-valid-server-row', message, params: { rows: read.value.dataRows } });
}

function detailOf(r: RebalancedInventory): RebalanceDetail {
  const servers: RebalanceDetail['servers'] = {};
  for (const s of r.rebalance.servers) servers[s.id] = { shed: s.shedReasons, assumptions: s.assumptions };
  return {
    servers,
    serverNotices: r.servers?.notices ?? [],
    serverRows: r.servers ? { accepted: r.servers.servers.length, dataRows: r.servers.dataRows } : null,
  };
}
