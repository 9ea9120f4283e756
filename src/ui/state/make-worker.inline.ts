import PlanWorker from '../../workers/plan-worker.ts?worker&inline';

/** Starts the plan worker from code inlined in the page (the single-file build opens from disk). */
export function makePlanWorker(): Worker {
  return new PlanWorker();
}
