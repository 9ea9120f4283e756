/**
 * Locale-aware number parsing for inventory cells. The decimal mark follows the delimiter
 * (docs/inputs.md#numbers): comma/tab files write `1,536.5`, semicolon files write `1.536,5` or `1 536,5`.
 * A separator that cannot be a thousands separator is an error, never a guess: reading
 * "12.5" as 125 or "1,5" as 15 would silently plan the wrong servers.
 */

export type { DecimalMark, NumberProblem } from '../../core/reject';
import type { DecimalMark, NumberProblem } from '../../core/reject';

// Compiled once: the per-row path must not build regular expressions.
const EXPONENT = /^(.*?)(?:[eE]([+-]?\d+))?$/;
const DIGITS = /^\d*$/;
const SPACES = /[\s\u00a0\u202f\u2009]/;
const NOT_FINITE_WORDS = new Set(['nan', 'inf', 'infinity', '∞']);

// Helpers below return digits as a string, so a problem needs a shape a string can't have.
interface Bad {
  problem: NumberProblem;
}

/** The decimal mark a delimiter implies: ',' in semicolon files, '.' otherwise. */
export function decimalMarkFor(delimiter: string): DecimalMark {
  return delimiter === ';' ? ',' : '.';
}

/**
 * Parses a plain number (no unit). Returns the value, negative values included, or the problem.
 * Leading/trailing whitespace and a leading '+' are fine; `1e3` is accepted.
 */
export function parseNumber(raw: string, mark: DecimalMark): number | NumberProblem {
  const plain = parsePlain(raw, mark === '.' ? DOT : COMMA);
  return plain >= 0 ? plain : parseSlow(raw.trim(), mark);
}

const PLUS = 43;
const DOT = 46;
const COMMA = 44;
const MAX_PLAIN_DIGITS = 15;
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Fast path for the overwhelmingly common cell: `[+]digits[<mark>digits]`, at most 15 digits.
 * Returns -1 for anything else. With ≤ 15 digits the integer is exact, and an exact integer
 * divided by an exact power of ten rounds once — the same double `Number()` gives, in a
 * fraction of the time (this runs for every numeric cell of every row).
 */
function parsePlain(raw: string, markCode: number): number {
  const n = raw.length;
  let i = n > 0 && raw.charCodeAt(0) === PLUS ? 1 : 0;
  const first = i;
  let acc = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      acc = acc * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === markCode && decimals < 0 && i > first && i < n - 1) {
      decimals = 0;
    } else {
      return -1;
    }
  }
  if (digits === 0 || digits > MAX_PLAIN_DIGITS) return -1;
  if (decimals <= 0) return acc;
  return acc / (POW10[decimals] ?? 1);
}

function parseSlow(text: string, mark: DecimalMark): number | NumberProblem {
  if (text === '') return 'empty';
  let sign = '';
  let body = text;
  const first = body[0];
  if (first === '+' || first === '-' || first === '\u2212') {
    sign = first === '+' ? '' : '-';
    body = body.slice(1).trimStart();
  }
  if (NOT_FINITE_WORDS.has(body.toLowerCase())) return 'not-finite';
  const exp = EXPONENT.exec(body);
  const mantissa = exp?.[1] ?? body;
  const digits = normaliseMantissa(mantissa, mark);
  if (typeof digits !== 'string') return digits.problem;
  const n = Number(sign + digits + (exp?.[2] !== undefined ? `e${exp[2]}` : ''));
  if (Number.isNaN(n)) return 'not-number';
  if (!Number.isFinite(n)) return 'not-finite';
  return n === 0 ? 0 : n; // no negative zero
}

/** Turns "1.536,5" (mark ',') or "1,536.5" (mark '.') into "1536.5", or says what is wrong. */
function normaliseMantissa(mantissa: string, mark: DecimalMark): string | Bad {
  const at = mantissa.lastIndexOf(mark);
  const intPart = at === -1 ? mantissa : mantissa.slice(0, at);
  const frac = at === -1 ? '' : mantissa.slice(at + 1);
  if (!DIGITS.test(frac)) return separatorProblem(frac, mark);
  if (intPart === '' && frac === '') return { problem: 'not-number' };
  const whole = ungroup(intPart, mark);
  if (typeof whole !== 'string') return whole;
  return frac === '' ? whole || '0' : `${whole || '0'}.${frac}`;
}

/** Removes thousands separators after checking they group digits in threes. */
function ungroup(intPart: string, mark: DecimalMark): string | Bad {
  if (DIGITS.test(intPart)) return intPart;
  const thousands = mark === '.' ? ',' : '.';
  const groups: string[] = [];
  let kind = '';
  let current = '';
  for (const ch of intPart) {
    const sepKind = ch === thousands ? ch : SPACES.test(ch) ? ' ' : '';
    if (sepKind === '') {
      if (ch < '0' || ch > '9') return separatorProblem(intPart, mark);
      current += ch;
      continue;
    }
    // One kind of separator per number: "1.536 000" is a typo, not a number.
    if (kind !== '' && kind !== sepKind) return groupingProblem(kind === ' ' ? sepKind : kind);
    kind = sepKind;
    groups.push(current);
    current = '';
  }
  groups.push(current);
  return validGrouping(groups) ? groups.join('') : groupingProblem(kind);
}

/** First group 1–3 digits without a leading zero, every later group exactly 3 digits. */
function validGrouping(groups: readonly string[]): boolean {
  const [head, ...rest] = groups;
  if (head === undefined || head.length < 1 || head.length > 3 || head[0] === '0') return false;
  return rest.every((g) => g.length === 3);
}

function groupingProblem(kind: string): Bad {
  if (kind === ',') return { problem: 'comma-not-thousands' };
  if (kind === '.') return { problem: 'dot-not-thousands' };
  return { problem: 'bad-grouping' };
}

/** Names the separator that is in the wrong place, so the message can explain the rule. */
function separatorProblem(text: string, mark: DecimalMark): Bad {
  if (mark === '.' && text.includes(',')) return { problem: 'comma-not-thousands' };
  if (mark === ',' && text.includes('.')) return { problem: 'dot-not-thousands' };
  return { problem: 'not-number' };
}
