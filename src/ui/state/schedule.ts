import { getOwner, onCleanup } from 'solid-js';

/*
 * The page's one way to put work off: debounce, throttle, and "in the next frame". A scheduled
 * call belongs to the Solid owner it was made under (a root, a component) and is dropped when
 * that owner is disposed, so no timer outlives what it would update.
 */

/** A call put off until later; at most one waits at a time, with the newest arguments. */
interface Scheduled<A extends unknown[]> {
  (...args: A): void;
  /** Runs the waiting call now, if there is one. */
  flush(): void;
  /** Drops the waiting call. */
  cancel(): void;
}

// Starts a wait of `ms` that ends in `run`; returns how to call it off.
type Wait = (run: () => void, ms: number) => () => void;

const afterMs: Wait = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

// The wait, then the next animation frame: the work lands where the browser paints anyway.
const afterMsThenFrame: Wait = (run, ms) => {
  let frame = 0;
  const stop = afterMs(() => (frame = requestAnimationFrame(run)), ms);
  return () => {
    stop();
    cancelAnimationFrame(frame);
  };
};

// `delay(waiting)` says how long to wait from this call, or null to keep the wait already running.
function scheduled<A extends unknown[]>(fn: (...args: A) => void, delay: (waiting: boolean) => number | null, wait: Wait): Scheduled<A> {
  let stop: (() => void) | null = null;
  let args: A | null = null;
  const cancel = () => {
    stop?.();
    stop = null;
    args = null;
  };
  const flush = () => {
    const a = args;
    cancel();
    if (a) fn(...a);
  };
  const call = (...a: A) => {
    args = a;
    const ms = delay(stop !== null);
    if (ms === null) return;
    stop?.();
    stop = wait(flush, ms);
  };
  if (getOwner()) onCleanup(cancel);
  return Object.assign(call, { flush, cancel });
}

/**
 * Calls `fn` with the newest arguments once calls have paused for `ms`. `ms` may be a function,
 * asked at every call, for a pause that depends on how the calls come.
 */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number | (() => number)): Scheduled<A> {
  return scheduled(fn, () => (typeof ms === 'number' ? ms : ms()), afterMs);
}

/**
 * Calls `fn` with the newest arguments at most once every `ms`, the last call always included:
 * a call after a quiet spell waits only for the next task. With `frame`, each run also waits for
 * the next animation frame.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number, opts: { frame?: boolean } = {}): Scheduled<A> {
  let last = -Infinity;
  const run = (...args: A) => {
    last = performance.now();
    fn(...args);
  };
  return scheduled(
    run,
    (waiting) => (waiting ? null : Math.max(0, ms - (performance.now() - last))),
    opts.frame ? afterMsThenFrame : afterMs,
  );
}
