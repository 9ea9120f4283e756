/** Errors as data: every reader and validator returns one of these instead of throwing. */

/**
 * Something wrong with an input: a stable code and the figures a sentence is said from. The
 * sentence itself is the catalogue's (i18n), in the reader's language; a layer's codes are a typed
 * union there, so a code and its figures always belong together.
 */
export interface Issue {
  /** Stable machine-readable code: the catalogue's key and what tests compare. */
  code: string;
  line?: number;
  column?: string;
  value?: string;
  /** The figures the sentence is said from (numbers, names, lists, small records). */
  params?: object;
}

/** A value, or the issues that prevented it. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps issues as a failure. */
export function fail<T = never>(...issues: Issue[]): Result<T> {
  return { ok: false, issues };
}
