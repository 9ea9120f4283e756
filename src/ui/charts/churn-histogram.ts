/** One bar of the churn distribution: machines with `from` ≤ churn < `to` (GB/day; open ends are null). */
interface ChurnBin {
  from: number | null;
  to: number | null;
  count: number;
}

// Churn is heavy-tailed (most VMs change little, a few databases a lot): bins grow roughly ×2–2.5.
const EDGES = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1024, 2048];

/** Counts machines by effective churn (GB/day) in fixed, roughly logarithmic bins. */
export function churnHistogram(churns: Float64Array, factor: number): ChurnBin[] {
  const counts = new Array<number>(EDGES.length + 1).fill(0);
  for (const raw of churns) {
    const c = raw * factor;
    let i = 0;
    while (i < EDGES.length && c >= EDGES[i]!) i++;
    counts[i]!++;
  }
  return counts.map((count, i) => ({ from: i === 0 ? null : EDGES[i - 1]!, to: i === EDGES.length ? null : EDGES[i]!, count }));
}

/** A bin's label with the language's number format: "< 1", "1,024–2,048", "≥ 2,048" (symbols, not words). */
export function binLabel(b: ChurnBin, num: (n: number) => string): string {
  if (b.from === null) return `< ${num(b.to ?? 0)}`;
  if (b.to === null) return `≥ ${num(b.from)}`;
  return `${num(b.from)}–${num(b.to)}`;
}
