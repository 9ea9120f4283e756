import type { PackedPlan } from '../../workers/packed-plan';
import { planKey } from '../../workers/plan-key';
import type { Request, Response } from '../../workers/protocol';
import { makePlanWorker } from './make-worker';
import { recordPlanLatency } from './perf-probe';

// Guessed plans kept on the page; the worker only guesses where plans are small and quick.
const MAX_GUESSES = 48;

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
  // Plans the worker made ahead of a drag; a slider reaching one of these settings shows it at once.
  const guesses = new Map<string, PackedPlan>();

  function start(): Worker {
    const w = makeWorker();
    w.onmessage = (e: MessageEvent<Response>) => receive(e.data);
    w.onerror = (e) => onResponse({ type: 'error', id: nextId, message: e.message || 'the planner stopped' });
    return w;
  }

  function receive(r: Response): void {
    if (r.id < lastRead) return;
    if (r.type === 'guess') return keepGuess(r.settings, r.plan);
    const channel = r.type === 'read' || r.type === 'read-failed' || r.type === 'progress' ? 'read' : r.type;
    if (r.id < (applied[channel] ?? 0)) return;
    applied[channel] = r.id;
    if (r.type === 'plan') return showPlan(r);
    onResponse(r);
  }

  function showPlan(r: Extract<Response, { type: 'plan' }>): void {
    onResponse(r);
    // The page updates synchronously in onResponse, so this spans request to screen.
    recordPlanLatency(performance.now() - (sentAt.get(r.id) ?? NaN));
    for (const id of sentAt.keys()) if (id <= r.id) sentAt.delete(id);
  }

  function keepGuess(settings: Parameters<typeof planKey>[0], plan: PackedPlan): void {
    guesses.delete(planKey(settings));
    guesses.set(planKey(settings), plan);
    while (guesses.size > MAX_GUESSES) guesses.delete(guesses.keys().next().value!);
  }

  return {
    send(req) {
      const id = nextId++;
      if (req.type === 'read') {
        lastRead = id;
        guesses.clear();
      }
      if (req.type === 'read' || req.type === 'plan') sentAt.set(id, performance.now());
      const known = req.type === 'plan' ? guesses.get(planKey(req.settings)) : undefined;
      worker.postMessage({ ...req, id, ...(known ? { known: true } : {}) } as Request);
      if (known) receive({ type: 'plan', id, plan: known, planMs: 0 });
      return id;
    },
    cancel() {
      worker.terminate();
      lastRead = nextId;
      guesses.clear();
      worker = start();
    },
    dispose() {
      worker.terminate();
    },
  };
}
