import { batch } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { DEFAULT_SETTINGS, type PlanSettings } from '../../core/model';
import type { PlanDocument } from '../../core/plan-document';
import type { PackedPlan } from '../../workers/packed-plan';
import type { PlanWorkerApi, WhatIfPoint } from '../../workers/protocol';
import { latest } from '../kernel/latest';
import { answerOrNull, type WorkerClient } from '../kernel/worker-client';
import type { createGuesses } from './guesses';
import { recordPlanLatency } from './perf-probe';
import { createPlanKeeper } from './plan-keeper';
import { debounce } from './schedule';
import { createSettler } from './settler';

/** The plan feed's part of the page state. */
export interface PlanState {
  settings: PlanSettings;
  /** The newest plan (without machine lists), for the figures that follow a slider live. */
  plan: PlanDocument | null;
  /** The plan once settings rest for a moment, for the long lists and charts (see `settle`). */
  settledPlan: PlanDocument | null;
  /** True while `settledPlan` trails `plan`. */
  settling: boolean;
  whatIf: WhatIfPoint[] | null;
}

const WHAT_IF_DELAY_MS = 250;

/** The multipliers of the what-if chart, 0.5× to 3×. */
export const WHAT_IF_MULTIPLIERS = Array.from({ length: 26 }, (_, i) => Math.round((0.5 + i * 0.1) * 10) / 10);

/**
 * Plans for the settings as they move. Plans never go backwards (`latest`): a stale one never
 * replaces a newer one, and the plans of a drag land in order. A plan the worker guessed ahead
 * shows at once. The settled plan trails by SETTLE_MS; the what-if series follows a pause.
 */
export function createPlanFeed(client: WorkerClient<PlanWorkerApi>, guesses: ReturnType<typeof createGuesses>, ready: () => boolean) {
  const [state, setState] = createStore<PlanState>({
    settings: { ...DEFAULT_SETTINGS },
    plan: null,
    settledPlan: null,
    settling: false,
    whatIf: null,
  });
  const keeper = createPlanKeeper();
  const settler = createSettler<() => PlanDocument>(
    (copy) =>
      batch(() => {
        setState('settledPlan', reconcile(copy(), { key: 'id' }));
        setState('settling', false);
      }),
    (on) => setState('settling', on),
  );
  const plans = latest((settings: PlanSettings) => {
    const guessed = guesses.take(settings);
    const asked = client.request('plan', { settings, known: guessed !== undefined });
    if (!guessed) return asked;
    // The worker answers a known plan with null: it only follows the drag.
    void answerOrNull(asked);
    return Promise.resolve(guessed);
  });
  const whatIfs = latest((settings: PlanSettings) => client.request('whatIf', { settings, multipliers: WHAT_IF_MULTIPLIERS }));
  // The series of the settings as they are when the pause ends (read then, not tracked).
  // eslint-disable-next-line solid/reactivity
  const askWhatIf = debounce(whatIfNow, WHAT_IF_DELAY_MS);

  function whatIfNow(): void {
    void whatIfs({ ...state.settings }).then((points) => points && setState('whatIf', points));
  }

  function show(packed: PackedPlan): void {
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
    askWhatIf();
  }

  function replan(): void {
    if (!ready()) return;
    const sent = performance.now();
    void plans({ ...state.settings }).then((packed) => {
      if (!packed) return;
      show(packed);
      // The page updated synchronously in show, so this spans request to screen.
      recordPlanLatency(performance.now() - sent);
    });
  }

  return {
    state,
    replan,
    /** An inventory is being read: plans and what-ifs asked for so far are of the old one. */
    forget(): void {
      plans.forget();
      whatIfs.forget();
      guesses.clear();
      askWhatIf.cancel();
      setState('whatIf', null);
    },
    /** The read failed: there is no plan. */
    clear: () => setState({ plan: null, whatIf: null }),
    actions: {
      /** Changes one setting and re-plans. */
      setSetting<K extends keyof PlanSettings>(key: K, value: PlanSettings[K]) {
        setState('settings', key, value);
        replan();
      },
      /** Replaces all settings (restore from a link or storage). */
      setSettings(settings: PlanSettings) {
        setState('settings', { ...settings });
        replan();
      },
      /** Shows the newest plan everywhere now (before printing). */
      settleNow: () => settler.flush(),
      /** The current plan document whole, as `plan --json` prints it (the store's copy has no machine lists). */
      planDocument: () => keeper.document(),
      /** The machines of one server of the settled plan. */
      machinesOf: (id: string) => keeper.machinesOf(id),
      /** The assignments CSV of the settings as they are now, built in the worker where the machines are; null if it failed (said in a notice). */
      assignmentsCsv: (): Promise<string | null> => answerOrNull(client.request('assignmentsCsv', { settings: { ...state.settings } })),
    },
  };
}
