import { createStore } from 'solid-js/store';
import { DEFAULT_SETTINGS, type PlanSettings } from '../../core/model';
import type { PackedPlan } from '../../workers/packed-plan';
import type { AlternativePlan, PlanWorkerApi, WhatIfPoint } from '../../workers/protocol';
import { latest } from '../kernel/latest';
import { answerOrNull, type WorkerClient } from '../kernel/worker-client';
import type { createGuesses } from './guesses';
import { recordPlanLatency } from './perf-probe';
import { createPlanDisplay, type ShownPlans } from './plan-display';
import { debounce } from './schedule';
import { settingsSnapshot } from './settings-snapshot';

/** The plan feed's part of the page state. */
export interface PlanState extends ShownPlans {
  settings: PlanSettings;
  whatIf: WhatIfPoint[] | null;
  /** The plan's size under its rule set's successor (classic → asr-modernized), for the settings of `forKey`. */
  alternative: AlternativePlan | null;
}

const WHAT_IF_DELAY_MS = 250;

// The multipliers of the what-if chart, 0.5× to 3×.
const WHAT_IF_MULTIPLIERS = Array.from({ length: 26 }, (_, i) => Math.round((0.5 + i * 0.1) * 10) / 10);

type Client = WorkerClient<PlanWorkerApi>;
type Guesses = ReturnType<typeof createGuesses>;

/**
 * Plans for the settings as they move. Plans never go backwards (`latest`): a stale one never
 * replaces a newer one, and the plans of a drag land in order. A plan the worker guessed ahead
 * shows at once. The settled plan trails by SETTLE_MS; the what-if series follows a pause.
 */
export function createPlanFeed(client: Client, guesses: Guesses, ready: () => boolean) {
  const [state, setState] = createStore<PlanState>({
    settings: { ...DEFAULT_SETTINGS },
    plan: null,
    settledPlan: null,
    settling: false,
    whatIf: null,
    alternative: null,
  });
  const display = createPlanDisplay(setState);
  const plans = latest(planAsker(client, guesses));
  const whatIfs = latest((settings: PlanSettings) => client.request('whatIf', { settings, multipliers: WHAT_IF_MULTIPLIERS }));
  const alternatives = latest((settings: PlanSettings) => client.request('alternative', { settings }));
  // The series (and the successor's size) of the settings as they are when the pause ends (read
  // then, not tracked): a dragged slider never waits for either.
  // eslint-disable-next-line solid/reactivity
  const askWhatIf = debounce(whatIfNow, WHAT_IF_DELAY_MS);

  function whatIfNow(): void {
    void alternatives(settingsSnapshot(state.settings)).then((alt) => alt !== undefined && setState('alternative', alt));
    void whatIfs(settingsSnapshot(state.settings)).then((points) => points && setState('whatIf', points));
  }

  function replan(): void {
    if (!ready()) return;
    const sent = performance.now();
    void plans(settingsSnapshot(state.settings)).then((packed) => {
      if (!packed) return;
      display.show(packed);
      // The page updated synchronously in show, so this spans request to screen.
      recordPlanLatency(performance.now() - sent);
      askWhatIf();
    });
  }

  return {
    state,
    replan,
    /** An inventory is being read: plans and what-ifs asked for so far are of the old one. */
    forget(): void {
      plans.forget();
      whatIfs.forget();
      alternatives.forget();
      guesses.clear();
      askWhatIf.cancel();
      setState({ whatIf: null, alternative: null });
    },
    /** The read failed: there is no plan. */
    clear: () => setState({ plan: null, whatIf: null }),
    actions: {
      /** Changes one setting and re-plans. */
      setSetting<K extends keyof PlanSettings>(key: K, value: PlanSettings[K]) {
        setState('settings', key, value);
        replan();
      },
      /** Replaces all settings (restore from a link or storage) and re-plans. */
      setSettings(settings: PlanSettings) {
        // The store merges objects: `link` named even when absent, so a link set before is dropped.
        setState('settings', { ...settings, link: settings.link });
        replan();
      },
      ...display.actions,
      /** The assignments CSV of the settings as they are now, built in the worker where the machines are; null if it failed (said in a notice). */
      assignmentsCsv: (): Promise<string | null> =>
        answerOrNull(client.request('assignmentsCsv', { settings: settingsSnapshot(state.settings) })),
    },
  };
}

// Asks the worker for a plan, unless it pushed this one ahead: then that shows at once, and the
// worker is only told where the drag is (it answers null). A guess may show more than once, so
// each showing gets its own document: the store adopts the objects it is given and merges later
// plans into them, which would otherwise rewrite the guess kept here.
function planAsker(client: Client, guesses: Guesses) {
  return (settings: PlanSettings): Promise<PackedPlan | null> => {
    const guessed = guesses.find(settings);
    const asked = client.request('plan', { settings, known: guessed !== undefined });
    if (!guessed) return asked;
    void answerOrNull(asked);
    return Promise.resolve({ ...guessed, document: structuredClone(guessed.document) });
  };
}
