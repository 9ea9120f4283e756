/**
 * What a share link, a plan file and the stored state carry: the inventory as loaded, how it was
 * read, the settings and the language. Everything arriving from outside goes through
 * `parsePayload`, so a forged link or an old stored state can never reach the planner unchecked.
 */

import { z } from '../../core/schema';
import type { PlanSettings } from '../../core/model';
import type { Result } from '../../core/result';
import { planSettingsSchema } from '../../core/settings';
import { ruleSetIds } from '../../core/rules';
import type { PayloadProblem } from '../../i18n/app-issue';
import { appIssue } from '../../i18n/app-issue-text';
import type { Lang } from '../../i18n/format';
import {
  type Delimiter,
  type ColumnMapping,
  type DecimalMark,
  columnMappingSchema,
  workbookContextSchema,
  type WorkbookContext,
} from '../inventory';

/** Most characters of inventory text a payload may hold (50 MiB): a browser tab copes with this. */
export const MAX_TEXT_CHARS = 50 * 1024 * 1024;

/** Most characters of the inventory's file name. */
export const MAX_NAME_CHARS = 500;

/** Most characters of a sign-off field, a host name or an IP address. */
export const MAX_SIGN_OFF_CHARS = 200;

/** Most servers a payload names host names and IP addresses for. */
export const MAX_HOSTS = 5000;

/**
 * What the user writes into the document (not a plan setting: it changes neither the plan nor its
 * id): who prepared, reviewed and approved it, the change reference, and each server's host name
 * and IP address for its install line.
 */
export interface SignOff {
  preparedBy: string;
  reviewedBy: string;
  approvedBy: string;
  changeRef: string;
  hosts: Record<string, { host: string; ip: string }>;
}

/** A sign-off with nothing filled in. */
export const EMPTY_SIGN_OFF: Readonly<SignOff> = Object.freeze({
  preparedBy: '',
  reviewedBy: '',
  approvedBy: '',
  changeRef: '',
  hosts: {},
});

const field = z.string().check(z.maxLength(MAX_SIGN_OFF_CHARS));
const signOffSchema = z.strictObject({
  preparedBy: field,
  reviewedBy: field,
  approvedBy: field,
  changeRef: field,
  hosts: z
    .record(field, z.strictObject({ host: field, ip: field }))
    .check(z.refine((h) => Object.keys(h).length <= MAX_HOSTS, { params: { problem: 'too-many-hosts' } })),
});

/** The state of the app that a link, a plan file or storage restores. */
export interface SharePayload {
  v: 1;
  /** File name of the inventory as loaded. */
  name: string;
  /** Inventory text as loaded (decoded); `""` when only the settings were kept. */
  text: string;
  readOptions: { mapping?: ColumnMapping; delimiter?: Delimiter; decimalMark?: DecimalMark; workbook?: WorkbookContext };
  settings: PlanSettings;
  lang?: Lang;
  /** The document's sign-off and host names; absent in links and states made before them. */
  signOff?: SignOff;
}

/** Zod schema of a payload: strict at every level, so unknown keys are refused, not carried. */
const sharePayloadSchema = z.strictObject({
  v: z.literal(1),
  name: z.string().check(z.maxLength(MAX_NAME_CHARS)),
  text: z.string().check(z.maxLength(MAX_TEXT_CHARS)),
  readOptions: z.strictObject({
    mapping: z.optional(columnMappingSchema),
    delimiter: z.optional(z.enum([',', ';', '\t'])),
    decimalMark: z.optional(z.enum(['.', ','])),
    // Text taken from a workbook's sheet: which one, and the Deployment Planner's estate figures.
    workbook: z.optional(workbookContextSchema),
  }),
  settings: planSettingsSchema,
  lang: z.optional(z.enum(['en', 'ko'])),
  signOff: z.optional(signOffSchema),
});

/** A payload, or what is wrong with it: one problem per value its schema refuses. */
export type PayloadRead = { ok: true; value: SharePayload } | { ok: false; problems: PayloadProblem[] };

/** Validates anything (parsed JSON) as a payload; each problem names the field and what is wrong. */
export function readPayload(input: unknown): PayloadRead {
  const r = sharePayloadSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data as SharePayload };
  return { ok: false, problems: r.error.issues.map((i) => payloadProblem(i, input)) };
}

/** `readPayload` as issues (`payload-invalid`), for a caller that only passes them on. */
export function parsePayload(input: unknown): Result<SharePayload> {
  const r = readPayload(input);
  return r.ok ? r : { ok: false, issues: r.problems.map((problem) => appIssue({ code: 'payload-invalid', params: { problem } })) };
}

/** True for a payload stored without its inventory (storage was too small for it). */
export function isSettingsOnly(p: SharePayload): boolean {
  return p.text === '';
}

function payloadProblem(issue: z.core.$ZodIssue, input: unknown): PayloadProblem {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const fields = issue.keys.map((k) => [...path, k].join('.'));
    return { field: fields[0] ?? '(payload)', problem: 'unexpected', fields };
  }
  const field = path.join('.') || '(payload)';
  const value = valueAt(input, path);
  const got = shown(value);
  const what = issue.code === 'invalid_type' && value === undefined ? { problem: 'missing' as const } : problem(issue);
  return got === undefined ? { field, ...what } : { field, ...what, got };
}

type Problem = PayloadProblem extends infer P ? (P extends unknown ? Omit<P, 'field' | 'got'> : never) : never;

// What zod found, as a code and figures the catalogue words plainly (not zod's "Too big: expected number to be <=100").
function problem(issue: z.core.$ZodIssue): Problem {
  switch (issue.code) {
    case 'too_big':
      return { problem: issue.origin === 'string' ? 'longer-than' : 'at-most', limit: Number(issue.maximum) };
    case 'too_small':
      return { problem: 'at-least', limit: Number(issue.minimum) };
    case 'invalid_type':
      return { problem: 'type', expected: issue.expected };
    case 'invalid_value':
      return { problem: 'one-of', values: issue.values.map((v) => JSON.stringify(v)) };
    case 'invalid_key':
      return { problem: 'key-name' };
    // A refinement names what it checks in its params (the rule set, the hosts, the link).
    case 'custom':
      return customProblem(issue.params?.problem);
    default:
      return { problem: 'invalid' };
  }
}

function customProblem(code: unknown): Problem {
  if (code === 'rule-set') return { problem: 'one-of', values: ruleSetIds().map((id) => JSON.stringify(id)) };
  if (code === 'too-many-hosts') return { problem: 'too-many-hosts', limit: MAX_HOSTS };
  if (code === 'no-link') return { problem: 'no-link' };
  return { problem: 'invalid' };
}

function valueAt(input: unknown, path: readonly string[]): unknown {
  let v = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

// Only short primitive values are echoed: a message must not repeat a 50 MB string.
function shown(v: unknown): PayloadProblem['got'] {
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return { value: String(v) };
  if (typeof v === 'string') return v.length <= 40 ? { value: JSON.stringify(v) } : { chars: v.length };
  return undefined;
}
