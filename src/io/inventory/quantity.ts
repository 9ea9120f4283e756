/**
 * Numbers with units. A churn cell may carry its own unit ("1.5 TB", "10 MB/s"), which wins over
 * the column's (docs/inputs.md#units-in-cells); sizes may say GB or TB. Bit rates are not byte rates (docs/inputs.md#bit-rates):
 * `Mbit/s` and `Mbps` are megabits per second, and a capital prefix with a lower-case b (`Mb/s`,
 * `Gb`, `Tb`) could be either, so it is refused rather than guessed. All conversions go through
 * core/units.
 */

import { mbpsToGBPerDay, tbToGB } from '../../core/units';
import { parseNumber, type DecimalMark, type NumberProblem } from './numbers';

/** A unit written in a cell or implied by a column header. */
export type Unit = 'GB' | 'GB/day' | 'TB' | 'TB/day' | 'MB/s' | 'Mbit/s';

export type { QuantityKind } from '../../core/reject';
import type { QuantityKind } from '../../core/reject';

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
  ['mb/sec', 'MB/s'],
  ['mib/s', 'MB/s'],
  // "mbps" is megabits (the network's spelling) unless the B is a capital: "MBps" is megabytes.
  ['mbps', 'Mbit/s'],
  ['mbit/s', 'Mbit/s'],
  ['mbits/s', 'Mbit/s'],
  ['mbit/sec', 'Mbit/s'],
]);

// "Mb/s", "Gb", "Tb/day": the usual spelling of bits, but often meant as bytes.
const BIT_OR_BYTE = /^[MGT]b/;

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
  const unit = unitOf(split.suffix);
  if (unit === undefined || kind === 'count') return split.number === '' ? 'not-number' : 'bad-unit';
  if (unit === 'ambiguous') return 'ambiguous-unit';
  const value = parseNumber(split.number, mark);
  return typeof value === 'number' ? convert(value, unit, kind) : value;
}

/** The unit a written suffix names (case matters for bits and bytes), or 'ambiguous'. */
function unitOf(written: string): Unit | 'ambiguous' | undefined {
  const unit = UNIT_SUFFIXES.get(written.toLowerCase());
  if (unit === undefined) return undefined;
  // "MBps", "MBPS": in the "bps" spelling a capital B is bytes.
  if (unit === 'Mbit/s') return written.length === 4 && written[1] === 'B' ? 'MB/s' : unit;
  return BIT_OR_BYTE.test(written) ? 'ambiguous' : unit;
}

/** Splits "1.5 TB" into "1.5" and "TB" (spaces removed); undefined when there is no trailing text. */
function splitUnit(raw: string): { number: string; suffix: string } | undefined {
  const text = raw.trim();
  let end = text.length;
  while (end > 0 && !NUMERIC_TAIL.test(text[end - 1] ?? '')) end--;
  if (end === text.length) return undefined;
  const suffix = text.slice(end).replace(/\s+/g, '');
  return { number: text.slice(0, end).trim(), suffix };
}

/** The unit written after the number of a cell ("Mb/s" in "10 Mb/s"), for messages. */
export function writtenUnit(raw: string): string {
  return splitUnit(raw)?.suffix ?? '';
}

/**
 * Converts a value in `unit` to the kind's unit, or reports a unit that doesn't fit. A value that
 * overflows on the way (`1e306 TB`) is `not-finite`, never Infinity.
 */
function convert(value: number, unit: Unit, kind: QuantityKind): number | NumberProblem {
  const v = convertUnit(value, unit, kind);
  return typeof v === 'number' && !Number.isFinite(v) ? 'not-finite' : v;
}

function convertUnit(value: number, unit: Unit, kind: QuantityKind): number | NumberProblem {
  switch (kind) {
    case 'churn':
      if (unit === 'TB' || unit === 'TB/day') return tbToGB(value);
      if (unit === 'MB/s') return mbpsToGBPerDay(value);
      if (unit === 'Mbit/s') return mbpsToGBPerDay(value / BITS_PER_BYTE);
      return value;
    case 'size':
      if (unit === 'TB') return tbToGB(value);
      return unit === 'GB' ? value : 'bad-unit';
    case 'rate':
      if (unit === 'Mbit/s') return value / BITS_PER_BYTE;
      return unit === 'MB/s' ? value : 'bad-unit';
    case 'count':
      return Number.isInteger(value) ? value : 'not-integer';
  }
}

const BITS_PER_BYTE = 8;
