/*
 * A measuring point for `npm run bench`: when the bench page defines `__asrPlanLatencies`, each
 * plan that lands adds the milliseconds from its request to the page showing it. Otherwise this
 * does nothing.
 */
type Probe = { __asrPlanLatencies?: number[] };

/** Records one request-to-screen latency, if a bench is listening. */
export function recordPlanLatency(ms: number): void {
  (globalThis as Probe).__asrPlanLatencies?.push(ms);
}
