/**
 * The check every writer of a payload (stored state, share link, plan file) makes before it
 * writes: the reader's own schema and size limits. The app must never write what it would
 * refuse to read back — a configuration-server site over 500 characters made the stored state
 * and the link unreadable, a 53 MB inventory gave a plan file "Open plan file" refused.
 */

import type { Issue, Result } from '../../core/result';
import { roundMB } from '../limits';
import { MAX_TEXT_CHARS, parsePayload, type SharePayload } from './payload';

/** What is being written; each has its own notice code. */
export type WriteTarget = 'state' | 'link' | 'plan-file';

/** The notice code of each writer when it refuses to write. */
export const NOT_WRITTEN_CODE: Readonly<Record<WriteTarget, string>> = {
  state: 'state-not-saved',
  link: 'share-not-made',
  'plan-file': 'plan-file-not-saved',
};

const LEAD: Record<WriteTarget, string> = {
  state: 'The work was not saved in this browser',
  link: 'No share link was made',
  'plan-file': 'The plan file was not saved',
};

const HOLDER: Record<WriteTarget, string> = { state: 'the stored state', link: 'a share link', 'plan-file': 'a plan file' };

const SIZE_ADVICE = 'Keep the inventory CSV itself and load it again, or split it by site.';

/** Ok when the reader would accept `p`; otherwise the writer's issue, naming the field and why. */
export function checkWritable(p: SharePayload, target: WriteTarget): Result<SharePayload> {
  if (p.text.length > MAX_TEXT_CHARS) return tooLarge(target, 'inventory', p.text.length, MAX_TEXT_CHARS);
  const r = parsePayload(p);
  if (r.ok) return r;
  const first = r.issues[0]!;
  const field = String(first.params?.field ?? first.column ?? '(payload)');
  return notWritten(target, `${LEAD[target]}: ${first.message}, so the planner could not read it back. Change that value and try again.`, {
    field,
    detail: first.message,
  });
}

/**
 * The writer's issue for content over a size its reader refuses: `part` is what is measured
 * (the inventory text, or the whole of what would be written), in characters.
 */
export function tooLarge(target: WriteTarget, part: 'inventory' | 'content', size: number, limit: number): Result<never> {
  const sizeMB = roundMB(size);
  const limitMB = roundMB(limit);
  const what = part === 'inventory' ? `the inventory is ${sizeMB} MB` : `it would be ${sizeMB} MB`;
  return notWritten(target, `${LEAD[target]}: ${what}, more than the ${limitMB} MB ${HOLDER[target]} holds. ${SIZE_ADVICE}`, {
    part,
    sizeMB,
    limitMB,
  });
}

function notWritten(target: WriteTarget, message: string, params: Issue['params']): Result<never> {
  return { ok: false, issues: [{ code: NOT_WRITTEN_CODE[target], message, params: { target, ...params } }] };
}
