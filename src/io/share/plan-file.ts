/**
 * The plan file: the same payload as a share link, saved as readable JSON. It is the way to share
 * an inventory too big for a link, and it can be opened, diffed and archived like any file.
 */

import type { Issue, Result } from '../../core/result';
import { MAX_TEXT_CHARS, parsePayload, withCode, type SharePayload } from './payload';
import { checkWritable, tooLarge } from './writable';

/** Value of the `format` field that marks a plan file. */
const PLAN_FILE_FORMAT = 'asr-ps-planner';

/** Version of the plan file layout this code writes and reads. */
const PLAN_FILE_VERSION = 1;

/** Ending of plan file names. */
const PLAN_FILE_SUFFIX = '.asrplan.json';

// JSON escaping can double the inventory text (quotes, control characters); more is not a plan file.
const MAX_FILE_CHARS = 2 * MAX_TEXT_CHARS + 1024 * 1024;
const REOPEN = 'Open a .asrplan.json file saved by the planner, or load the inventory CSV itself';

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
  if (text.length > MAX_FILE_CHARS)
    return fail(
      'plan-file-too-large',
      `This file is over ${Math.round(MAX_FILE_CHARS / 1048576)} MB, too large to be a plan file. ${REOPEN}.`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('plan-file-not-json', `This file is not a plan file: it is not JSON. ${REOPEN}.`);
  }
  const envelope = checkEnvelope(data);
  if (!envelope.ok) return envelope;
  const r = parsePayload(envelope.value);
  if (r.ok) return r;
  return {
    ok: false,
    issues: withCode(
      r.issues,
      'plan-file-invalid',
      (d) => `This plan file holds a value the planner can't accept: ${d}. Save the plan file again from the planner.`,
    ),
  };
}

function checkEnvelope(data: unknown): Result<unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail('plan-file-not-plan', `This JSON file is not a plan file. ${REOPEN}.`);
  const o = data as Record<string, unknown>;
  if (o.format !== PLAN_FILE_FORMAT) {
    // The plan result (`plan --json`, "Download plan (JSON)") is the likeliest wrong file.
    const hint = 'ruleSet' in o && 'servers' in o ? ' It is a plan result, which holds no inventory to plan again.' : '';
    return fail('plan-file-not-plan', `This JSON file is not a plan file.${hint} ${REOPEN}.`);
  }
  if (o.version !== PLAN_FILE_VERSION) {
    const newer = typeof o.version === 'number' && o.version > PLAN_FILE_VERSION;
    const why = newer
      ? `it was saved by a newer version of the planner (version ${o.version})`
      : `its version (${JSON.stringify(o.version) ?? 'none'}) is not one the planner knows`;
    return fail(
      'plan-file-version',
      `This plan file can't be opened: ${why}. Open it with the planner that saved it, or load the inventory CSV itself.`,
    );
  }
  const extra = Object.keys(o).filter((k) => k !== 'format' && k !== 'version' && k !== 'payload');
  if (extra.length > 0)
    return fail(
      'plan-file-invalid',
      `This plan file has unexpected fields ${extra.map((k) => `"${k}"`).join(', ')}. Save the plan file again from the planner.`,
      { field: extra[0]! },
    );
  if (!('payload' in o))
    return fail('plan-file-invalid', 'This plan file has no "payload". Save the plan file again from the planner.', { field: 'payload' });
  return { ok: true, value: o.payload };
}

function fail(code: string, message: string, params?: Issue['params']): Result<never> {
  return { ok: false, issues: [params ? { code, message, params } : { code, message }] };
}
