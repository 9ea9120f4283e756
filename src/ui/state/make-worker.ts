/** Starts the plan worker from its own file next to the page (the hosted build). */
export function makePlanWorker(): Worker {
  return new Worker(new URL('../../workers/plan-worker.ts', import.meta.url), { type: 'module' });
}
