import { createSignal } from 'solid-js';
import type { NetworkDocument } from '../../core/network';
import type { PlanDocument } from '../../core/plan-document';
import { unpacker, type PackedPlan } from '../../workers/packed-plan';

type Lists = ReturnType<typeof unpacker>;

/**
 * Keeps plans whole, outside the store. The store gets the document without machine lists:
 * diffing ten thousand names on every re-plan cost more than everything else the page does, and
 * only an opened row, the printout and the downloads read them (unpacked then, on demand).
 *
 * Two plans are kept: the newest (downloads) and the settled one the server table and printout
 * show, which trails the newest while a slider moves. A row's machine list must come from the
 * plan that row shows: a server's id can hold other machines in the newest plan.
 */
export function createPlanKeeper() {
  let newest: { plan: PackedPlan; lists: Lists } | null = null;
  let settled: Lists | null = null;
  const [newestVersion, setNewestVersion] = createSignal(0);
  const [settledVersion, setSettledVersion] = createSignal(0);
  return {
    /** Takes a new plan; returns the document without machine lists, for the store. */
    take(p: PackedPlan): PlanDocument {
      newest = { plan: p, lists: unpacker(p) };
      setNewestVersion((v) => v + 1);
      return p.document;
    },
    /** Marks a plan taken earlier as the one on screen. */
    settle(p: PackedPlan): void {
      settled = newest?.plan === p ? newest.lists : unpacker(p);
      setSettledVersion((v) => v + 1);
    },
    /** The machines of one server of the settled plan (reactive). */
    machinesOf(id: string): string[] {
      settledVersion();
      return settled?.listOf(id) ?? [];
    },
    /** The network of the settled plan with its machine lists (reactive). */
    networkLists(): NetworkDocument | undefined {
      settledVersion();
      return settled?.network();
    },
    /** The newest document, exactly as the planner made it (reactive). */
    document(): PlanDocument | null {
      newestVersion();
      return newest?.lists.whole() ?? null;
    },
  };
}
