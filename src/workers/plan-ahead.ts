import type { PlanSettings } from '../core/model';
import { planRead } from '../io/plan-inventory';
import { nextTask } from './kernel';
import type { PackedPlan } from './packed-plan';
import { likelyNext } from './plan-cache';
import type { CtxOf, WorkerState } from './worker-state';

// Guessing pays only where planning is quick; on a big estate it would hold up the next request.
const GUESS_IF_PLAN_UNDER_MS = 30;

/** A packed plan's copy for the page: its lengths move by transfer, so the cached plan keeps its own. */
export function pageCopy(packed: PackedPlan): { plan: PackedPlan; list: Transferable[] } {
  const plan = { ...packed, lengths: packed.lengths.slice() };
  return { plan, list: [plan.lengths.buffer] };
}

/**
 * Remembers where the settings went and plans where they are heading (only where planning is
 * quick), one plan per task, giving way to any newer plan or read, and pushes each to the page,
 * which can then show it the moment the slider gets there.
 */
export function followDrag(state: WorkerState, settings: PlanSettings, ctx: CtxOf<'plan'>): void {
  const guesses = state.drag.planMs < GUESS_IF_PLAN_UNDER_MS ? likelyNext(state.drag.last, settings) : [];
  state.drag.last = settings;
  void planAhead(state, guesses, ctx);
}

async function planAhead(state: WorkerState, queue: PlanSettings[], ctx: CtxOf<'plan'>): Promise<void> {
  for (const next of queue) {
    await nextTask();
    if (ctx.newer('plan', 'read') || !state.inventory) return;
    if (state.plans.has(next)) continue;
    const packed = state.plans.put(next, planRead(state.inventory, next).document);
    const { plan, list } = pageCopy(packed);
    ctx.push('guess', { settings: next, plan }, list);
  }
}
