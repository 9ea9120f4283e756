import type { PlanSettings } from '../core/model';
import type { PlanDocument } from '../core/plan-document';
import { packPlan, type PackedPlan } from './packed-plan';
import { planKey } from './plan-key';
import { CONTROL_RANGES } from '../core/settings';

/*
 * Plans already made, by settings. Planning is deterministic, so a cached document is exactly what
 * planning again would give. While a slider is dragged the worker also plans the next positions
 * the drag is heading to, so most requests find their plan ready.
 */

type Slider = keyof typeof CONTROL_RANGES;
const SLIDERS = Object.keys(CONTROL_RANGES) as Slider[];

const key = planKey;

/** A bounded cache of plans, kept packed for the page (least recently used goes first). */
export function createPlanCache(machines: () => number) {
  const entries = new Map<string, PackedPlan>();
  // Documents hold every machine name: keep fewer of them for bigger inventories.
  const limit = () => Math.max(4, Math.min(64, Math.floor(2_000_000 / Math.max(1, machines()))));
  return {
    get(s: PlanSettings): PackedPlan | undefined {
      const k = key(s);
      const doc = entries.get(k);
      if (doc) {
        entries.delete(k);
        entries.set(k, doc);
      }
      return doc;
    },
    put(s: PlanSettings, doc: PlanDocument): PackedPlan {
      const packed = packPlan(doc);
      entries.set(key(s), packed);
      while (entries.size > limit()) entries.delete(entries.keys().next().value!);
      return packed;
    },
    has: (s: PlanSettings) => entries.has(key(s)),
    clear: () => entries.clear(),
  };
}

// A slider position, rounded to the slider's own step so the key matches what it will send.
function at(cur: PlanSettings, k: Slider, v: number): PlanSettings | null {
  const { min, max, step } = CONTROL_RANGES[k];
  const snapped = Number((Math.round(v / step) * step).toFixed(6));
  return snapped >= min && snapped <= max && snapped !== cur[k] ? { ...cur, [k]: snapped } : null;
}

/**
 * The settings likely asked for next. After a slider moved: one, two and three more steps the same
 * way. Otherwise (a drag about to start): one step either way on every slider.
 */
export function likelyNext(prev: PlanSettings | null, cur: PlanSettings): PlanSettings[] {
  const moved = prev ? SLIDERS.filter((k) => prev[k] !== cur[k]) : [];
  // Every other setting unchanged (compared by the cache key, so a setting added later counts too).
  const others = prev !== null && planKey({ ...prev, ...pick(cur, SLIDERS) }) === planKey(cur);
  const guesses =
    moved.length === 1 && others
      ? [1, 2, 3].map((n) => at(cur, moved[0]!, cur[moved[0]!] + n * (cur[moved[0]!] - prev![moved[0]!])))
      : SLIDERS.flatMap((k) => [at(cur, k, cur[k] + CONTROL_RANGES[k].step), at(cur, k, cur[k] - CONTROL_RANGES[k].step)]);
  return guesses.filter((g): g is PlanSettings => g !== null);
}

function pick(s: PlanSettings, keys: readonly Slider[]): Partial<PlanSettings> {
  return Object.fromEntries(keys.map((k) => [k, s[k]]));
}
