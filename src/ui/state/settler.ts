import { debounce } from './schedule';

/** How long settings must rest before the long lists and charts follow (ms). */
export const SETTLE_MS = 150;

/**
 * Passes values on in the next task when they come one by one, and only the last one, SETTLE_MS
 * after the burst, while they stream in (a slider being dragged). The page paints its headline
 * figures first and redraws the long server table and the charts once the hand rests.
 */
export function createSettler<T>(apply: (v: T) => void, trailing: (on: boolean) => void) {
  let last = -Infinity;
  // A value right after a quiet spell goes on at once; one within SETTLE_MS of the last is a burst.
  const pause = () => {
    const now = performance.now();
    const burst = now - last < SETTLE_MS;
    last = now;
    return burst ? SETTLE_MS : 0;
  };
  const later = debounce(apply, pause);
  return {
    next(v: T) {
      trailing(true);
      later(v);
    },
    flush: later.flush,
  };
}
