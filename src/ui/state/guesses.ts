import type { PlanSettings } from '../../core/model';
import type { PackedPlan } from '../../workers/packed-plan';
import { planKey } from '../../workers/plan-key';

// The worker guesses only where plans are small and quick, at most six positions a step.
const MAX_GUESSES = 48;

/**
 * Plans the worker made ahead of a drag and pushed. This is not a second plan cache: it never
 * holds a plan the page asked for, only pushed guesses, at most MAX_GUESSES, and it is emptied
 * when an inventory is read. It keeps a guess after showing it because the worker pushes a plan
 * once (it is then in the worker's cache): a slider dragged back and forth finds it again here
 * without a round trip.
 */
export function createGuesses() {
  const guesses = new Map<string, PackedPlan>();
  return {
    /** Keeps a pushed guess (the oldest goes past the limit). */
    keep(settings: PlanSettings, plan: PackedPlan): void {
      const key = planKey(settings);
      guesses.delete(key);
      guesses.set(key, plan);
      while (guesses.size > MAX_GUESSES) guesses.delete(guesses.keys().next().value!);
    },
    /** The guess for these settings, if the worker pushed one. */
    find: (settings: PlanSettings): PackedPlan | undefined => guesses.get(planKey(settings)),
    clear: () => guesses.clear(),
  };
}
