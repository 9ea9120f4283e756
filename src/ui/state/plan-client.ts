import type { Request, Response } from '../../workers/protocol';
import { makePlanWorker } from './make-worker';
import { recordPlanLatency } from './perf-probe';

type Outgoing = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The page's side of the plan worker. */
export interface PlanClient {
  /** Sends a request; returns its id. */
  send: (req: Outgoing) => number;
  /** Stops whatever the worker is doing by replacing it; the next request starts fresh. */
  cancel: () => void;
  dispose: () => void;
}

/**
 * Starts the plan worker. Replies never go backwards: a plan older than the one on screen, or
 * older than the inventory last asked for, is dropped, so a stale setting can't land after a
 * newer one (intermediate plans during a drag still land, in order).
 */
export function createPlanClient(onResponse: (r: Response) => void, makeWorker: () => Worker = makePlanWorker): PlanClient {
  let worker = start();
  let nextId = 1;
  let lastRead = 0;
  const applied: Record<string, number> = {};
  const sentAt = new Map<number, number>();

  function start(): Worker {
    const w = makeWorker();
    w.onmessage = (e: MessageEvent<Response>) => receive(e.data);
    w.onerror = (e) => onResponse({ type: 'error', id: nextId, message: e.message || 'the planner stopped' });
    return w;
  }

  function receive(r: Response): void {
    if (r.id < lastRead) return;
    const channel = r.type === 'read' || r.type === 'read-failed' || r.type === 'progress' ? 'read' : r.type;
    if (r.id < (applied[channel] ?? 0)) return;
    applied[channel] = r.id;
    onResponse(r);
    // The page updates synchronously in onResponse, so this spans request to screen.
    if (r.type === 'plan') {
      recordPlanLatency(performance.now() - (sentAt.get(r.id) ?? NaN));
      for (const id of sentAt.keys()) if (id <= r.id) sentAt.delete(id);
    }
  }

  return {
    send(req) {
      const id = nextId++;
      if (req.type === 'read') lastRead = id;
      if (req.type === 'read' || req.type === 'plan') sentAt.set(id, performance.now());
      worker.postMessage({ ...req, id } as Request);
      return id;
    },
    cancel() {
      worker.terminate();
      lastRead = nextId;
      worker = start();
    },
    dispose() {
      worker.terminate();
    },
  };
}
