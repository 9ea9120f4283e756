/**
 * Numbers with units. A churn cell may carry its own unit ("1.5 TB", "10 MB/s"), which wins over
 * the column's (docs/inputs.md#units-in-cells); sizes may say GB or TB. All conversions go through core/units.
 */

import { mbpsToGBPerDay, tbToGB } from '../../core/units';
import { parseNumber, type DecimalMark, type NumberProblem } from './numbers';

/** A unit written in a cell or implied by a column header. */
export type Unit = 'GB' | 'GB/day' | 'TB' | 'TB/day' | 'MB/s';

/** What a column measures, which fixes the unit values are returned in. */
export type QuantityKind =
  /** Churn, returned in GB/day. */
  | 'churn'
  /** Storage, returned in GB. */
  | 'size'
  /** A rate, returned in MB/s. */
  | 'rate'
  /** A whole count, no unit. */
  | 'count';

/** Unit suffixes as written (lower case, spaces removed) → unit. */
const UNIT_SUFFIXES: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ['gb', 'GB'],
  ['gib', 'GB'],
  ['gb/day', 'GB/day'],
  ['gb/d', 'GB/day'],
  ['gbperday', 'GB/day'],
  ['gb/일', 'GB/day'],
  ['gib/day', 'GB/day'],
  ['tb', 'TB'],
  ['tib', 'TB'],
  ['tb/day', 'TB/day'],
  ['tb/d', 'TB/day'],
  ['tbperday', 'TB/day'],
  ['tb/일', 'TB/day'],
  ['tib/day', 'TB/day'],
  ['mb/s', 'MB/s'],
  ['mbps', 'MB/s'],
  ['mb/sec', 'MB/s'],
  ['mib/s', 'MB/s'],
]);

// The numeric part ends at the last digit or separator; whatever follows is the unit.
const NUMERIC_TAIL = /[\d.,]/;

/**
 * Parses a cell of the given kind; `columnUnit` is the unit a bare number is in. Returns the
 * value in the kind's own unit (GB/day, GB, MB/s, count), negative values included.
 */
export function parseQuantity(raw: string, mark: DecimalMark, kind: QuantityKind, columnUnit: Unit): number | NumberProblem {
  const n = parseNumber(raw, mark);
  if (typeof n === 'number') return convert(n, columnUnit, kind);
  // Only a failed plain parse can be a number-with-unit, so plain cells never pay for this.
  if (n !== 'not-number' && n !== 'comma-not-thousands' && n !== 'dot-not-thousands') return n;
  const split = splitUnit(raw);
  if (split === undefined) return n;
  const unit = UNIT_SUFFIXES.get(split.suffix);
  if (unit === undefined || kind === 'count') return split.number === '' ? 'not-number' : 'bad-unit';
  const value = parseNumber(split.number, mark);
  return typeof value === 'number' ? convert(value, unit, kind) : value;
}

/** Splits "1.5 TB" into "1.5" and "tb"; undefined when there is no trailing text. */
function splitUnit(raw: string): { number: string; suffix: string } | undefined {
  const text = raw.trim();
  let end = text.length;
  while (end > 0 && !NUMERIC_TAIL.test(text[end - 1] ?? '')) end--;
  if (end === text.length) return undefined;
  const suffix = text.slice(end).toLowerCase().replace(/\s+/g, '');
  return { number: text.slice(0, end).trim(), suffix };
}

/** Converts a value in `unit` to the kind's unit, or reports a unit that doesn't fit. */
function convert(value: number, unit: Unit, kind: QuantityKind): number | NumberProblem {
  switch (kind) {
    case 'churn':
      if (unit === 'TB' || unit === 'TB/day') return tbToGB(value);
      if (unit === 'MB/s') return mbpsToGBPerDay(value);
      return value;
    case 'size':
      if (unit === 'TB') return tbToGB(value);
      return unit === 'GB' ? value : 'bad-unit';
    case 'rate':
      return unit === 'MB/s' ? value : 'bad-unit';
    case 'count':
      return Number.isInteger(value) ? value : 'not-integer';
  }
}
