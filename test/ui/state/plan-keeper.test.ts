import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { planDocument } from '../../../src/core/plan-document';
import { plan } from '../../../src/core/planner';
import { createPlanKeeper } from '../../../src/ui/state/plan-keeper';
import { packPlan } from '../../../src/workers/packed-plan';
import { fleet, settings } from '../../support/machines';

describe('the plan keeper', () => {
  // The same estate with and without the built-in process server: CS holds all 60 machines, then none.
  const machines = fleet(60, 2, { site: 'a' });
  const withBuiltIn = packPlan(planDocument(plan(machines, settings()), 60, []));
  const without = packPlan(planDocument(plan(machines, settings({ useConfigServerPs: false })), 60, []));

  it('lists a row’s machines from the plan on screen, not from a newer one', () =>
    createRoot((dispose) => {
      const keeper = createPlanKeeper();
      keeper.take(withBuiltIn);
      keeper.settle(withBuiltIn);
      keeper.take(without);
      // The table still shows the first plan, where CS holds 60 machines.
      expect(keeper.machinesOf('CS')).toHaveLength(60);
      // Downloads take the newest.
      expect(keeper.document()!.servers.find((s) => s.id === 'CS')!.machines).toEqual([]);
      keeper.settle(without);
      expect(keeper.machinesOf('CS')).toEqual([]);
      expect(keeper.machinesOf('PS01')).toHaveLength(60);
      dispose();
    }));
});
