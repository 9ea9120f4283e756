/** Why an inventory row is rejected, as codes with their figures (docs/inputs.md#rejected-rows). */

/** Why a cell is not a usable number (io/inventory/numbers reads it). */
export type NumberProblem =
  /** Nothing but whitespace. */
  | 'empty'
  /** Not a number at all ("abc", "#N/A"). */
  | 'not-number'
  /** NaN, Infinity, or too large to be a finite double. */
  | 'not-finite'
  /** A comma that is not a proper thousands separator where the decimal mark is '.'. */
  | 'comma-not-thousands'
  /** A dot that is not a proper thousands separator where the decimal mark is ','. */
  | 'dot-not-thousands'
  /** Spaces that don't group digits in threes. */
  | 'bad-grouping'
  /** A unit suffix that isn't understood or doesn't fit the column. */
  | 'bad-unit'
  /** A unit that may mean bits or bytes (`Mb/s`, `Gb`, `Tb`). */
  | 'ambiguous-unit'
  /** A fraction where a whole count is needed. */
  | 'not-integer';

/** The character that separates the integer and fractional parts. */
export type DecimalMark = '.' | ',';

/** What a column measures: churn (GB/day), storage (GB), a rate (MB/s) or a whole count. */
export type QuantityKind = 'churn' | 'size' | 'rate' | 'count';

/** What the advice on an unusable number is said from. */
export interface NumberAdvice {
  /** The problem, or a number below zero. */
  problem: NumberProblem | 'negative';
  mark: DecimalMark;
  kind: QuantityKind;
  /** The unit as written in the cell ("Mb/s"), '' when none. */
  unit: string;
}

/** A rejection's code and the figures its sentence is said from (the row's column, value and line beside them). */
export type RejectWhy =
  | { code: 'name-empty'; params: Record<string, never> }
  /** `name` clipped for display; `length` the whole name's. */
  | { code: 'name-too-long'; params: { name: string; length: number; max: number } }
  | { code: 'name-control-chars'; params: { name: string } }
  /** The quote opened on the row's line swallowed the file to `lastLine`. */
  | { code: 'unclosed-quote'; params: { lastLine: number } }
  /** More cells than the header: the row's value is the surplus. */
  | { code: 'row-shape'; params: { cells: number; width: number; delimiter: string } }
  | { code: 'duplicate-name'; params: { name: string; site: string; firstLine: number } }
  | { code: 'bad-number'; params: { name: string; advice: NumberAdvice } }
  | { code: 'churn-missing'; params: { name: string } }
  | { code: 'churn-not-number'; params: { name: string; advice: NumberAdvice } }
  | { code: 'churn-negative'; params: { name: string } }
  | { code: 'churn-not-finite'; params: { name: string } }
  | { code: 'churn-unit-ambiguous'; params: { name: string; unit: string } }
  | { code: 'churn-too-large'; params: { name: string; maxGB: number } }
  | { code: 'template'; params: Record<string, never> };

/** Why a row was rejected. */
export type RejectCode = RejectWhy['code'];

/** Where a rejected row is: what every reject sentence names beside its own figures. */
export interface RejectPlace {
  /** 1-based line number in the file (header = line 1). */
  line: number;
  column: string;
  value: string;
}

/** The rule a server file's figure out of range breaks: a percentage, the heartbeat's minutes, a size, a vCPU count. */
export type RangeRule = 'percent' | 'heartbeat' | 'size' | 'vcpu';

/**
 * Why a server row was rejected: a code and the figures its sentence is said from (the catalogue's
 * `running.reject.<code>`); `name` is the server's name as read (trimmed, not cut short).
 */
export type ServerRejectWhy =
  | { code: 'name-empty'; params: Record<string, never> }
  | { code: 'name-control-chars'; params: { name: string } }
  | { code: 'duplicate-name'; params: { name: string; firstLine: number } }
  | { code: 'bad-role'; params: { name: string } }
  | { code: 'bad-number'; params: { name: string; advice: NumberAdvice } }
  | { code: 'out-of-range'; params: { name: string; rule: RangeRule } }
  | { code: 'row-shape'; params: { cells: number; width: number; delimiter: string } };
