/**
 * Slots with remaining room in two dimensions, searchable for the first slot that holds a given
 * load in O(log n): a segment tree of the largest remaining room per subtree, in each dimension.
 */
export class FirstFitTree {
  private readonly size: number;
  private readonly roomM: Float64Array;
  private readonly roomC: Float64Array;
  private readonly slots: number;

  /** Builds the tree over slots with the given room. */
  constructor(machines: readonly number[], churn: readonly number[]) {
    this.slots = machines.length;
    let size = 1;
    while (size < Math.max(1, this.slots)) size <<= 1;
    this.size = size;
    this.roomM = new Float64Array(2 * size).fill(-1);
    this.roomC = new Float64Array(2 * size).fill(-1);
    for (let i = 0; i < this.slots; i++) {
      this.roomM[size + i] = machines[i]!;
      this.roomC[size + i] = churn[i]!;
    }
    for (let i = size - 1; i >= 1; i--) this.pull(i);
  }

  /** The lowest slot index with room for `m` machines and `c` churn, or -1. */
  first(m: number, c: number): number {
    return this.search(1, m, c);
  }

  /** Takes `m` machines and `c` churn from slot `i`. */
  take(i: number, m: number, c: number): void {
    let node = this.size + i;
    this.roomM[node] = this.roomM[node]! - m;
    this.roomC[node] = this.roomC[node]! - c;
    for (node >>= 1; node >= 1; node >>= 1) this.pull(node);
  }

  // Both maxima holding does not mean one slot holds both, so a subtree may be searched in vain;
  // the depth-first order still returns the lowest slot that does.
  private search(node: number, m: number, c: number): number {
    if (this.roomM[node]! < m || this.roomC[node]! < c) return -1;
    if (node >= this.size) return node - this.size;
    const left = this.search(2 * node, m, c);
    return left >= 0 ? left : this.search(2 * node + 1, m, c);
  }

  private pull(i: number): void {
    const l = 2 * i;
    this.roomM[i] = Math.max(this.roomM[l]!, this.roomM[l + 1]!);
    this.roomC[i] = Math.max(this.roomC[l]!, this.roomC[l + 1]!);
  }
}
