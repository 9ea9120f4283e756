import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettler, SETTLE_MS } from '../../../src/ui/state/settler';

describe('settler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes a single change on in the next task', () => {
    const seen: number[] = [];
    const s = createSettler<number>(
      (v) => seen.push(v),
      () => {},
    );
    s.next(1);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(seen).toEqual([1]);
  });

  it('during a burst passes on only the last value, once the burst rests', () => {
    const seen: number[] = [];
    const trailing: boolean[] = [];
    const s = createSettler<number>(
      (v) => seen.push(v),
      (on) => trailing.push(on),
    );
    s.next(1);
    vi.advanceTimersByTime(0);
    for (let v = 2; v <= 10; v++) {
      vi.advanceTimersByTime(16);
      s.next(v);
    }
    expect(seen).toEqual([1]);
    expect(trailing).toContain(true);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(seen).toEqual([1, 10]);
  });

  it('flushes the pending value on demand (printing)', () => {
    const seen: number[] = [];
    const s = createSettler<number>(
      (v) => seen.push(v),
      () => {},
    );
    s.next(1);
    vi.advanceTimersByTime(0);
    vi.advanceTimersByTime(10);
    s.next(2);
    s.flush();
    expect(seen).toEqual([1, 2]);
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(seen).toEqual([1, 2]);
  });
});
