/**
 * The plan file: the same payload as a share link, saved as readable JSON. It is the way to share
 * an inventory too big for a link, and it can be opened, diffed and archived like any file.
 */

import type { Result } from '../../core/result';
import type { AppIssue } from '../../i18n/app-issue';
import { appIssue } from '../../i18n/app-issue-text';
import { MAX_TEXT_CHARS, readPayload, type SharePayload } from './payload';
import { checkWritable, tooLarge } from './writable';

/** Value of the `format` field that marks a plan file. */
const PLAN_FILE_FORMAT = 'asr-ps-planner';

/** Version of the plan file layout this code writes and reads. */
const PLAN_FILE_VERSION = 1;

/** Ending of plan file names. */
const PLAN_FILE_SUFFIX = '.asrplan.json';

// JSON escaping can double the inventory text (quotes, control characters); more is not a plan file.
const MAX_FILE_CHARS = 2 * MAX_TEXT_CHARS + 1024 * 1024;

/**
 * The plan file's text: pretty JSON `{ format, version, payload }` ending with a newline; or why
 * not, when `parsePlanFile` would refuse it (a value its schema refuses, more than it reads).
 */
export function planFileText(p: SharePayload): Result<string> {
  const checked = checkWritable(p, 'plan-file');
  if (!checked.ok) return checked;
  const text = `${JSON.stringify({ format: PLAN_FILE_FORMAT, version: PLAN_FILE_VERSION, payload: p }, null, 2)}\n`;
  return text.length > MAX_FILE_CHARS ? tooLarge('plan-file', 'content', text.length, MAX_FILE_CHARS) : { ok: true, value: text };
}

/** A file name for the plan file of an inventory: `estate.csv` → `estate.asrplan.json`. */
export function planFileName(inventoryName: string): string {
  const base = inventoryName
    .split(/[\\/]/)
    .pop()!
    .replace(/\.asrplan\.json$|\.(csv|tsv|txt|json)$/i, '')
    // Characters Windows, macOS or Linux refuse in file names, and control characters.
    .replace(/[<>:"|?*\p{Cc}]/gu, '_')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120);
  return `${base || 'plan'}${PLAN_FILE_SUFFIX}`;
}

/** Reads a plan file; every problem is an issue saying what is wrong and what to open instead. */
export function parsePlanFile(text: string): Result<SharePayload> {
  if (text.length > MAX_FILE_CHARS) return fail({ code: 'plan-file-too-large', params: { limitMB: Math.round(MAX_FILE_CHARS / 1048576) } });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ code: 'plan-file-not-json', params: {} });
  }
  const envelope = checkEnvelope(data);
  if (!envelope.ok) return envelope;
  const r = readPayload(envelope.value);
  if (r.ok) return r;
  return { ok: false, issues: r.problems.map((problem) => appIssue({ code: 'plan-file-invalid', params: { where: 'payload', problem } })) };
}

function checkEnvelope(data: unknown): Result<unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail({ code: 'plan-file-not-plan', params: { planResult: false } });
  const o = data as Record<string, unknown>;
  if (o.format !== PLAN_FILE_FORMAT) {
    // The plan result (`plan --json`, "Download plan (JSON)") is the likeliest wrong file.
    return fail({ code: 'plan-file-not-plan', params: { planResult: 'ruleSet' in o && 'servers' in o } });
  }
  if (o.version !== PLAN_FILE_VERSION) {
    const newer = typeof o.version === 'number' && o.version > PLAN_FILE_VERSION;
    const params = newer ? { newer: o.version as number, version: null } : { newer: null, version: JSON.stringify(o.version) ?? null };
    return fail({ code: 'plan-file-version', params });
  }
  const extra = Object.keys(o).filter((k) => k !== 'format' && k !== 'version' && k !== 'payload');
  if (extra.length > 0)
    return fail({
      code: 'plan-file-invalid',
      params: { where: 'envelope', problem: { field: extra[0]!, problem: 'unexpected', fields: extra } },
    });
  if (!('payload' in o))
    return fail({ code: 'plan-file-invalid', params: { where: 'envelope', problem: { field: 'payload', problem: 'missing' } } });
  return { ok: true, value: o.payload };
}

function fail(i: AppIssue): Result<never> {
  return { ok: false, issues: [appIssue(i)] };
}
