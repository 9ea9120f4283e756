/** One bar of the churn distribution. */
export interface ChurnBin {
  label: string;
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
  return counts.map((count, i) => ({
    label: i === 0 ? `< ${EDGES[0]}` : i === EDGES.length ? `≥ ${EDGES[i - 1]}` : `${EDGES[i - 1]}–${EDGES[i]}`,
    count,
  }));
}
