/**
 * What a share link, a plan file and the stored state carry: the inventory as loaded, how it was
 * read, the settings and the language. Everything arriving from outside goes through
 * `parsePayload`, so a forged link or an old stored state can never reach the planner unchecked.
 */

import { z } from '../../core/schema';
import type { PlanSettings } from '../../core/model';
import type { Issue, Result } from '../../core/result';
import { planSettingsSchema } from '../../core/settings';
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
    .check(z.refine((h) => Object.keys(h).length <= MAX_HOSTS, { error: `must name at most ${MAX_HOSTS} servers` })),
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

/** Validates anything (parsed JSON) as a payload; each issue names the field and the problem. */
export function parsePayload(input: unknown): Result<SharePayload> {
  const r = sharePayloadSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data as SharePayload };
  return { ok: false, issues: r.error.issues.map((i) => payloadIssue(i, input)) };
}

/** Re-labels issues with the caller's code and a lead-in, keeping the field and the detail. */
export function withCode(issues: readonly Issue[], code: string, lead: (detail: string) => string): Issue[] {
  return issues.map((i) => ({ ...i, code, message: lead(i.message), params: { ...i.params, detail: i.message } }));
}

/** True for a payload stored without its inventory (storage was too small for it). */
export function isSettingsOnly(p: SharePayload): boolean {
  return p.text === '';
}

function payloadIssue(issue: z.core.$ZodIssue, input: unknown): Issue {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => [...path, k].join('.'));
    const field = keys[0] ?? '(payload)';
    return {
      code: 'payload-invalid',
      message: `unexpected field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`,
      column: field,
      params: { field },
    };
  }
  const field = path.join('.') || '(payload)';
  const value = valueAt(input, path);
  const got = shown(value);
  const what = issue.code === 'invalid_type' && value === undefined ? 'is missing' : problem(issue);
  const message = `"${field}" ${what}${got === undefined ? '' : ` (it is ${got})`}`;
  return { code: 'payload-invalid', message, column: field, params: { field } };
}

// Plain words instead of zod's "Too big: expected number to be <=100".
function problem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? `is longer than ${issue.maximum} characters` : `must be at most ${issue.maximum}`;
    case 'too_small':
      return `must be at least ${issue.minimum}`;
    case 'invalid_type':
      return `must be ${article(issue.expected)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_key':
      return 'has an unknown field name';
    // A refinement says what it checks (the rule set: "must be one of …").
    case 'custom':
      return issue.message;
    default:
      return 'is not valid';
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
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
function shown(v: unknown): string | undefined {
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (typeof v === 'string') return v.length <= 40 ? JSON.stringify(v) : `${v.length} characters long`;
  return undefined;
}
