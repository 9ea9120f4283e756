import { createSignal } from 'solid-js';
import type { PlanDocument } from '../../core/plan-document';
import { unpacker, type PackedPlan } from '../../workers/packed-plan';

/**
 * Keeps the newest plan whole, outside the store. The store gets the document without machine
 * lists: diffing ten thousand names on every re-plan cost more than everything else the page does,
 * and only an opened row, the printout and the downloads read them (unpacked then, on demand).
 */
export function createPlanKeeper() {
  let lists: ReturnType<typeof unpacker> | null = null;
  const [version, setVersion] = createSignal(0);
  return {
    /** Takes a new plan; returns the document without machine lists, for the store. */
    take(p: PackedPlan): PlanDocument {
      lists = unpacker(p);
      setVersion((v) => v + 1);
      return p.document;
    },
    /** The machines of one server (reactive). */
    machinesOf(id: string): string[] {
      version();
      return lists?.listOf(id) ?? [];
    },
    /** The whole document, exactly as the planner made it (reactive). */
    document(): PlanDocument | null {
      version();
      return lists?.whole() ?? null;
    },
  };
}
