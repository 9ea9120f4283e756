import { batch } from 'solid-js';
import { reconcile, type SetStoreFunction } from 'solid-js/store';
import type { PlanDocument } from '../../core/plan-document';
import type { PackedPlan } from '../../workers/packed-plan';
import { createPlanKeeper } from './plan-keeper';
import { createSettler } from './settler';

/** The part of the page state a plan display writes. */
export interface ShownPlans {
  /** The newest plan (without machine lists), for the figures that follow a slider live. */
  plan: PlanDocument | null;
  /** The plan once settings rest for a moment, for the long lists and charts (see settler). */
  settledPlan: PlanDocument | null;
  /** True while `settledPlan` trails `plan`. */
  settling: boolean;
}

/**
 * Puts plans on screen: each at once in `plan`, and in `settledPlan` once the settings rest
 * (SETTLE_MS). The machine lists stay outside the store (see plan-keeper).
 */
export function createPlanDisplay(setState: SetStoreFunction<ShownPlans>) {
  const keeper = createPlanKeeper();
  const settler = createSettler<() => PlanDocument>(
    (copy) =>
      batch(() => {
        setState('settledPlan', reconcile(copy(), { key: 'id' }));
        setState('settling', false);
      }),
    (on) => setState('settling', on),
  );
  return {
    /** Shows a plan that just landed. */
    show(packed: PackedPlan): void {
      // Merged by server id, so rows that did not change keep their DOM nodes.
      const lite = keeper.take(packed);
      batch(() => {
        setState('plan', reconcile(lite, { key: 'id' }));
        // Its own copy: the live store goes on merging later plans into these objects.
        settler.next(() => {
          keeper.settle(packed);
          return structuredClone(lite);
        });
      });
    },
    actions: {
      /** Shows the newest plan everywhere now (before printing). */
      settleNow: () => settler.flush(),
      /** The current plan document whole, as `plan --json` prints it (the store's copy has no machine lists). */
      planDocument: () => keeper.document(),
      /** The machines of one server of the settled plan. */
      machinesOf: (id: string) => keeper.machinesOf(id),
      /** The settled plan's network with each wave's machines (the store's copy has counts only). */
      networkLists: () => keeper.networkLists(),
    },
  };
}
