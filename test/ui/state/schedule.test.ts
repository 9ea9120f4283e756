// @vitest-environment jsdom
import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, throttle } from '../../../src/ui/state/schedule';

describe('the scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces: one call with the newest arguments once calls pause', () => {
    const seen: number[] = [];
    const later = debounce((v: number) => seen.push(v), 100);
    later(1);
    vi.advanceTimersByTime(60);
    later(2);
    vi.advanceTimersByTime(60);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(40);
    expect(seen).toEqual([2]);
  });

  it('asks a pause given as a function at every call', () => {
    const seen: number[] = [];
    const pauses = [0, 50];
    const later = debounce(
      (v: number) => seen.push(v),
      () => pauses.shift() ?? 0,
    );
    later(1);
    vi.advanceTimersByTime(0);
    later(2);
    vi.advanceTimersByTime(49);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([1, 2]);
  });

  it('throttles: the first call in the next task, then at most one per interval, the last always', () => {
    const seen: number[] = [];
    const paced = throttle((v: number) => seen.push(v), 100);
    paced(1);
    vi.advanceTimersByTime(0);
    expect(seen).toEqual([1]);
    for (let v = 2; v <= 6; v++) {
      vi.advanceTimersByTime(10);
      paced(v);
    }
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([1, 6]);
  });

  it('runs a throttled call in the next animation frame when asked to', () => {
    const seen: number[] = [];
    const paced = throttle((v: number) => seen.push(v), 100, { frame: true });
    paced(1);
    vi.advanceTimersByTime(0);
    expect(seen).toEqual([]);
    vi.advanceTimersToNextFrame();
    expect(seen).toEqual([1]);
  });

  it('flushes a waiting call on demand and cancels one', () => {
    const seen: number[] = [];
    const later = debounce((v: number) => seen.push(v), 100);
    later(1);
    later.flush();
    expect(seen).toEqual([1]);
    later(2);
    later.cancel();
    vi.advanceTimersByTime(500);
    expect(seen).toEqual([1]);
  });

  it('drops a waiting call when its owner is disposed', () => {
    const seen: number[] = [];
    createRoot((dispose) => {
      const later = debounce((v: number) => seen.push(v), 100);
      const paced = throttle((v: number) => seen.push(v), 100, { frame: true });
      later(1);
      paced(2);
      dispose();
    });
    vi.advanceTimersByTime(1000);
    vi.advanceTimersToNextFrame();
    expect(seen).toEqual([]);
  });
});
