/*
 * The app's own issues (share links, plan files, the stored state, notices of the page) as data: a
 * code and the figures its sentence is said from, rendered by the catalogue's `issue.<code>` entry
 * (messages/app-issue.*.ts). The union lives here, not in io, because the catalogue's entries are
 * typed against it and i18n may not import io.
 */

/**
 * What is wrong with one value of a payload (a link's, a plan file's, the stored state's), as its
 * reader's schema found it: `field` is the dotted path, `got` the value echoed when short.
 */
export type PayloadProblem = { field: string; got?: { value: string } | { chars: number } } & (
  | { problem: 'unexpected'; fields: readonly string[] }
  | { problem: 'missing' }
  | { problem: 'longer-than'; limit: number }
  | { problem: 'at-most'; limit: number }
  | { problem: 'at-least'; limit: number }
  | { problem: 'type'; expected: string }
  /** `values`: the values allowed, as JSON. */
  | { problem: 'one-of'; values: readonly string[] }
  | { problem: 'key-name' }
  | { problem: 'too-many-hosts'; limit: number }
  /** A link setting with no figure (core/network's check). */
  | { problem: 'no-link' }
  | { problem: 'invalid' }
);

/** Why a writer refused to write a payload: a value its reader refuses, or more than its reader reads. */
export type NotWritten =
  { why: 'value'; problem: PayloadProblem } | { why: 'size'; part: 'inventory' | 'content'; sizeMB: number; limitMB: number };

/** How a share link is damaged. */
export type LinkDamage =
  | { damage: 'character'; position: number }
  | { damage: 'longer-than-header' }
  /** `reason`: the platform's own inflate error, as it came. */
  | { damage: 'inflate'; reason: string }
  | { damage: 'checksum' }
  | { damage: 'not-utf8' }
  | { damage: 'not-json' };

/*
 * Figures that are unions of their own (a payload's problem, a link's damage) are nested under one
 * name, so each code's params stay one object type: the catalogue's key union stays small enough
 * for the compiler to check a call over all keys.
 */

/** The app's issues: a code and its typed figures. */
export type AppIssue =
  /** `problem`: null when the stored text is not JSON at all. */
  | { code: 'stored-state-discarded'; params: { problem: PayloadProblem | null } }
  | { code: 'stored-settings-only'; params: Record<never, never> }
  /** `version`: the newer link format, or null when the fragment is no share link at all. */
  | { code: 'share-version'; params: { version: number | null } }
  | { code: 'share-truncated'; params: Record<never, never> }
  | { code: 'share-corrupt'; params: { damage: LinkDamage } }
  | { code: 'share-invalid'; params: { problem: PayloadProblem } }
  | { code: 'share-too-large'; params: { limitBytes: number } }
  /** `where`: the payload's value, or the file's envelope around it (unexpected fields, no payload). */
  | { code: 'plan-file-invalid'; params: { where: 'payload' | 'envelope'; problem: PayloadProblem } }
  | { code: 'plan-file-not-json'; params: Record<never, never> }
  /** `planResult`: the JSON is a plan result (`plan --json`), the likeliest wrong file. */
  | { code: 'plan-file-not-plan'; params: { planResult: boolean } }
  | { code: 'plan-file-too-large'; params: { limitMB: number } }
  /** `newer`: the newer version, if it is one; otherwise `version`, the file's version as JSON (null: none). */
  | { code: 'plan-file-version'; params: { newer: number | null; version: string | null } }
  | { code: 'payload-invalid'; params: { problem: PayloadProblem } }
  /** `quota`: the browser's storage is full (the state alone is written where the browser may refuse it). */
  | { code: 'state-not-saved'; params: { refused: NotWritten | { why: 'quota' } } }
  | { code: 'share-not-made'; params: { refused: NotWritten } }
  | { code: 'plan-file-not-saved'; params: { refused: NotWritten } }
  /** `detail`: the browser's own error text. */
  | { code: 'storage-unavailable'; params: { detail: string } }
  /** `detail`: the JavaScript error's text, as it came. */
  | { code: 'sample-failed'; params: { detail: string } }
  /** `detail`: the worker's error text as it came (null: the worker stopped without one). */
  | { code: 'worker-error'; params: { detail: string | null } }
  | { code: 'language-failed'; params: { lang: string; detail: string } };

/** The code of an app issue. */
export type AppIssueCode = AppIssue['code'];
