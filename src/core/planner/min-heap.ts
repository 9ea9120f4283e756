/** A binary min-heap of small integers (bin indices) ordered by a caller-owned key array. */
export class MinHeap {
  private readonly heap: Int32Array;
  private n = 0;

  /** `keys[i]` is read at comparison time, so update it before pushing `i` back. */
  constructor(
    private readonly keys: Float64Array,
    capacity: number = keys.length,
  ) {
    this.heap = new Int32Array(capacity);
  }

  /** Number of entries. */
  get size(): number {
    return this.n;
  }

  /** Adds an index. */
  push(i: number): void {
    const h = this.heap;
    let c = this.n++;
    // Sift up by moving parents down into the hole, then drop `i` in place.
    while (c > 0) {
      const p = (c - 1) >> 1;
      const hp = h[p]!;
      if (!this.less(i, hp)) break;
      h[c] = hp;
      c = p;
    }
    h[c] = i;
  }

  /** Removes and returns the index with the smallest key (ties: smallest index), or -1. */
  pop(): number {
    if (this.n === 0) return -1;
    const h = this.heap;
    const top = h[0]!;
    const last = h[--this.n]!;
    const n = this.n;
    let p = 0;
    for (;;) {
      const l = 2 * p + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && this.less(h[r]!, h[l]!) ? r : l;
      if (!this.less(h[m]!, last)) break;
      h[p] = h[m]!;
      p = m;
    }
    if (n > 0) h[p] = last;
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && a < b);
  }
}
