import type { PlanSettings } from '../../core/model';
import type { PackedPlan } from '../../workers/packed-plan';
import { planKey } from '../../workers/plan-key';

// The worker guesses only where plans are small and quick, at most six positions a step.
const MAX_GUESSES = 48;

/**
 * Plans the worker made ahead of a drag and pushed, until the slider reaches one. This is not a
 * second plan cache: it never holds a plan the page asked for, each guess leaves when it is
 * shown, and it is emptied when an inventory is read; the worker's cache stays the one place
 * where plans are kept.
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
    /** The guess for these settings, if the worker pushed one; it leaves the inbox. */
    take(settings: PlanSettings): PackedPlan | undefined {
      const key = planKey(settings);
      const plan = guesses.get(key);
      guesses.delete(key);
      return plan;
    },
    clear: () => guesses.clear(),
  };
}
