import { plan as planMachines, churnFactor, whatIfPoint, type WhatIfPoint } from '../core/planner';
import { assignmentsCsv as csvOf } from '../io/exports';
import { planRead } from '../io/plan-inventory';
import { nextTask, Dropped, transfer, type Transferred } from './kernel';
import type { PackedPlan } from './packed-plan';
import { alternativeOf, alternativeSettings, type AlternativePlan } from './alternative';
import { followDrag, pageCopy } from './plan-ahead';
import type { CtxOf, RequestOf, WorkerState } from './worker-state';

/** Plans the inventory held (from the plan cache when it can), then plans ahead of the drag. */
export function plan(state: WorkerState, req: RequestOf<'plan'>, ctx: CtxOf<'plan'>): Transferred<PackedPlan> | null {
  if (!state.inventory) return null;
  if (req.known) {
    followDrag(state, req.settings, ctx);
    return null;
  }
  let packed = state.plans.get(req.settings);
  if (!packed) {
    const t0 = performance.now();
    packed = state.plans.put(req.settings, planRead(state.inventory, req.settings).document);
    state.drag.planMs = performance.now() - t0;
  }
  followDrag(state, req.settings, ctx);
  const { plan: copy, list } = pageCopy(packed);
  return transfer(copy, list);
}

/**
 * Scale-out servers over a range of churn multipliers: one plan per point, one point per task,
 * dropped as soon as a newer plan, read or what-if arrives (the slider is moving again).
 */
export async function whatIf(state: WorkerState, req: RequestOf<'whatIf'>, ctx: CtxOf<'whatIf'>): Promise<WhatIfPoint[]> {
  const points: WhatIfPoint[] = [];
  for (const multiplier of req.multipliers) {
    if (!state.inventory || ctx.newer('plan', 'read', 'whatIf')) throw new Dropped();
    points.push(whatIfPoint(multiplier, planMachines(state.inventory.machines, { ...req.settings, multiplier })));
    await nextTask();
  }
  if (ctx.newer('plan', 'read', 'whatIf')) throw new Dropped();
  return points;
}

/** The assignments CSV of the plan at these settings, built here where the machines are. */
export function assignmentsCsv(state: WorkerState, req: RequestOf<'assignmentsCsv'>): string {
  if (!state.inventory) throw new Error('no inventory loaded');
  const { document } = planRead(state.inventory, req.settings);
  return csvOf(document, state.inventory.machines, churnFactor(req.settings));
}

/**
 * How many servers the inventory needs under the successor rule set, at the same settings;
 * planned through the plan cache, so switching to it shows at once. Dropped when newer settings
 * or another inventory arrive before it is worked out.
 */
export function alternative(state: WorkerState, req: RequestOf<'alternative'>, ctx: CtxOf<'alternative'>): AlternativePlan | null {
  const alt = alternativeSettings(req.settings);
  if (!alt || !state.inventory) return null;
  if (ctx.newer('plan', 'read')) throw new Dropped();
  const packed = state.plans.get(alt) ?? state.plans.put(alt, planRead(state.inventory, alt).document);
  return alternativeOf(req.settings, packed.document);
}
