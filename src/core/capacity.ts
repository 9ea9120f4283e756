/**
 * Capacity arithmetic, in one place (docs/rules.md#classic-tiers, docs/rules.md#headroom): a load or a limit as machines and churn, a
 * tier's limits, headroom scaling, fits and has-room, and the one float tolerance every comparison
 * of such figures uses. Nothing else in core compares a load with a limit by hand.
 */

/** Machines and daily churn (GB/day): a server's load, a limit, or the room left. */
export interface Capacity {
  machines: number;
  churnGBPerDay: number;
}

/** Anything with published limits: a tier of a rule set. */
export interface Limited {
  maxMachines: number;
  maxChurnGBPerDay: number;
}

/**
 * The one tolerance of figure comparisons. Churn sums are floating point: a load equal to a limit
 * on paper may exceed it by an ulp, a machine limit × 70 % may land a hair under the whole number
 * it is on paper, and a load of exactly two limits must not round up to three servers.
 */
export const TOLERANCE = 1e-9;

/** No machines, no churn. */
export const NO_LOAD: Readonly<Capacity> = Object.freeze({ machines: 0, churnGBPerDay: 0 });

/** ⌊x⌋, where x a hair under a whole number (float error) counts as that number. */
export function floorTolerant(x: number): number {
  return Math.floor(x + TOLERANCE);
}

/** ⌈x⌉, where x a hair over a whole number (float error) counts as that number. */
function ceilTolerant(x: number): number {
  return Math.ceil(x - TOLERANCE);
}

/** True when `a` ≥ `b`, allowing for float error. */
export function atLeast(a: number, b: number): boolean {
  return a >= b - TOLERANCE;
}

/** True when `a` and `b` differ by more than float error. */
export function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > TOLERANCE;
}

/** How many `cap`s it takes to hold `x` (0 for nothing), a ratio a hair over a whole number not rounding up. */
export function ceilRatio(x: number, cap: number): number {
  return x <= 0 ? 0 : ceilTolerant(x / cap);
}

/** The most churn a limit admits once float error is allowed for (relative and absolute). */
export function churnCeiling(limit: number): number {
  return limit * (1 + TOLERANCE) + TOLERANCE;
}

/** True when `churn` is over `limit` by more than float error. */
export function churnOver(churn: number, limit: number): boolean {
  return churn > churnCeiling(limit);
}

/** A tier's published limits (100 % headroom). */
export function limitsOf(tier: Limited): Capacity {
  return { machines: tier.maxMachines, churnGBPerDay: tier.maxChurnGBPerDay };
}

/**
 * Limits scaled by headroom h (docs/rules.md#headroom): churn × h, machines ⌊limit × h⌋. Multiplying before
 * dividing keeps integral percentages exact where floats allow; the tolerance does the rest.
 */
export function scaleByHeadroom(limits: Capacity, headroomPercent: number): Capacity {
  return {
    machines: floorTolerant((limits.machines * headroomPercent) / 100),
    churnGBPerDay: (limits.churnGBPerDay * headroomPercent) / 100,
  };
}

/** A tier's limits at a headroom. */
export function tierCapacity(tier: Limited, headroomPercent: number): Capacity {
  return scaleByHeadroom(limitsOf(tier), headroomPercent);
}

/** True when `load` is within `limits` (inclusive at the top). */
export function fits(load: Capacity, limits: Capacity): boolean {
  return load.machines <= limits.machines && !churnOver(load.churnGBPerDay, limits.churnGBPerDay);
}

/** True when `load` plus `add` machines and `churn` is still within `limits`. */
export function hasRoom(load: Capacity, machines: number, churn: number, limits: Capacity): boolean {
  return load.machines + machines <= limits.machines && !churnOver(load.churnGBPerDay + churn, limits.churnGBPerDay);
}

/** A load as a share of limits, per dimension (1 = at the limit). */
export function shareOf(load: Capacity, limits: Capacity): { machines: number; churn: number } {
  return { machines: load.machines / limits.machines, churn: load.churnGBPerDay / limits.churnGBPerDay };
}

/** The fuller dimension of a load against limits: its share (1 = at the limit). */
export function fullestShare(load: Capacity, limits: Capacity): number {
  return Math.max(load.machines / limits.machines, load.churnGBPerDay / limits.churnGBPerDay);
}

/** The sum of loads. */
export function sumLoads(loads: Iterable<Capacity>): Capacity {
  let machines = 0;
  let churnGBPerDay = 0;
  for (const l of loads) {
    machines += l.machines;
    churnGBPerDay += l.churnGBPerDay;
  }
  return { machines, churnGBPerDay };
}
