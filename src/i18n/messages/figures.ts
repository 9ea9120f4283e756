import type { Formatters } from '../format';

/*
 * Domain parameters arrive as plain values (numbers, or strings the domain already wrote).
 * Translations format the numbers with the language's Intl formatters rather than pasting them raw.
 */

/** A parameter as text; absent is empty, never "undefined". */
export const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** A number with the language's grouping and decimal mark (at most `digits` decimals); other values as text. */
export const figure = (f: Formatters, v: unknown, digits = 1): string => (typeof v === 'number' ? f.num(v, digits) : text(v));

/** A figure already in percent (70 → "70%"); other values as text. */
export const percentOf = (f: Formatters, v: unknown): string => (typeof v === 'number' ? f.percent(v, 1) : text(v));

/** A count with the noun that agrees with it: "1 machine", "1,200 machines" (English). */
export const countOf = (f: Formatters, n: number, one: string, many: string): string => `${f.num(n)} ${n === 1 ? one : many}`;
