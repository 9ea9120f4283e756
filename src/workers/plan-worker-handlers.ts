import { coalesce, type Handlers } from './kernel';
import { alternative, assignmentsCsv, plan, whatIf } from './plan-handlers';
import type { PlanWorkerApi, PlanWorkerPushes } from './protocol';
import { migrate, migrateCsv, migrateJson } from './migrate-handler';
import { read } from './read-handler';
import { rebalance, rebalanceJson } from './rebalance-handler';
import type { WorkerState } from './worker-state';

/**
 * What the plan worker answers: one entry per request type. Plans and rebalances come in bursts
 * while a slider is dragged, so only the newest of a burst is worked out.
 */
export const planWorkerHandlers: Handlers<WorkerState, PlanWorkerApi, PlanWorkerPushes> = {
  read,
  plan: coalesce(plan),
  whatIf,
  assignmentsCsv,
  alternative: coalesce(alternative),
  rebalance: coalesce(rebalance),
  rebalanceJson,
  migrate: coalesce(migrate),
  migrateJson,
  migrateCsv,
};
