/**
 * Units used throughout the planner. Churn is GB per day; 1 TB = 1024 GB (ASR's own figures use
 * 1024). Bandwidth is Mbit/s; MB/s is only ever a churn rate, never a bandwidth label.
 */

/** Gigabytes in one terabyte, as ASR counts them. */
export const GB_PER_TB = 1024;

/** Seconds in one day. */
const SECONDS_PER_DAY = 86_400;

/** Converts terabytes per day to gigabytes per day. */
export function tbToGB(tbPerDay: number): number {
  return tbPerDay * GB_PER_TB;
}

/** Converts an average rate in MB/s to GB/day (× 86400 / 1024 = × 84.375). */
export function mbpsToGBPerDay(mbPerSecond: number): number {
  return (mbPerSecond * SECONDS_PER_DAY) / 1024;
}

/** Converts GB/day to the average network bandwidth it needs, in Mbit/s. */
export function gbPerDayToMbitps(gbPerDay: number): number {
  return (gbPerDay * 8 * 1024) / SECONDS_PER_DAY;
}

/**
 * Rounds a figure for reports (not for decisions): `digits` decimals, no negative zero. A value so
 * large that scaling it would overflow (from about 1.8e305) has no decimals left to round: it is
 * returned as it is, never as Infinity.
 */
export function roundTo(value: number, digits = 3): number {
  const f = 10 ** digits;
  const scaled = value * f;
  if (!Number.isFinite(scaled)) return value;
  const r = Math.round(scaled) / f;
  return r === 0 ? 0 : r;
}
