/** Errors as data: every reader and validator returns one of these instead of throwing. */

/** Something wrong with an input, said so a person can fix it. */
export interface Issue {
  /** Stable machine-readable code, used for translation and tests. */
  code: string;
  /** English message: what is wrong, where, and what to do. */
  message: string;
  line?: number;
  column?: string;
  value?: string;
  /** Figures for the translated message. */
  params?: Record<string, string | number>;
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
