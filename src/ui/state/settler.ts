/** How long settings must rest before the long lists and charts follow (ms). */
export const SETTLE_MS = 150;

/**
 * Passes values on in the next task when they come one by one, and only the last one, SETTLE_MS
 * after the burst, while they stream in (a slider being dragged). The page paints its headline
 * figures first and redraws the long server table and the charts once the hand rests.
 */
export function createSettler<T>(apply: (v: T) => void, trailing: (on: boolean) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  let pending: { v: T } | null = null;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const p = pending;
    pending = null;
    if (p) apply(p.v);
  };
  return {
    next(v: T) {
      const now = performance.now();
      const burst = now - last < SETTLE_MS;
      last = now;
      pending = { v };
      trailing(true);
      clearTimeout(timer);
      timer = setTimeout(flush, burst ? SETTLE_MS : 0);
    },
    flush,
    dispose: () => clearTimeout(timer),
  };
}
