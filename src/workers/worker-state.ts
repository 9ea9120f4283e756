import type { PlanSettings } from '../core/model';
import type { Result } from '../core/result';
import type { InventoryRead } from '../io/inventory';
import type { ServersRead } from '../io/servers';
import type { Ctx } from './kernel';
import { createPlanCache } from './plan-cache';
import type { PlanWorkerApi, PlanWorkerPushes } from './protocol';

/** Everything the plan worker keeps between requests; each handler reads and updates it. */
export interface WorkerState {
  /** The last inventory read: the page sends only settings afterwards. */
  inventory: InventoryRead | null;
  /** The one plan cache, by the whole settings (see plan-key). */
  plans: ReturnType<typeof createPlanCache>;
  /** Where the settings were last asked for, and how long the last plan took (planning ahead). */
  drag: { last: PlanSettings | null; planMs: number };
  /** The last server file read, so a slider move in the running view does not parse it again. */
  servers: { text: string; raw: Result<ServersRead>; read: Result<ServersRead> } | null;
}

/** A fresh worker's state: nothing read yet. */
export function createWorkerState(): WorkerState {
  const state: WorkerState = {
    inventory: null,
    plans: createPlanCache(() => state.inventory?.machines.length ?? 0),
    drag: { last: null, planMs: 0 },
    servers: null,
  };
  return state;
}

/** The request of one type. */
export type RequestOf<K extends keyof PlanWorkerApi> = PlanWorkerApi[K]['request'];

/** What a handler of one type may do besides answering. */
export type CtxOf<K extends keyof PlanWorkerApi> = Ctx<PlanWorkerApi, PlanWorkerApi[K], PlanWorkerPushes>;
