/**
 * The check every writer of a payload (stored state, share link, plan file) makes before it
 * writes: the reader's own schema and size limits. The app must never write what it would
 * refuse to read back — a configuration-server site over 500 characters made the stored state
 * and the link unreadable, a 53 MB inventory gave a plan file "Open plan file" refused.
 */

import type { Result } from '../../core/result';
import type { NotWritten } from '../../i18n/app-issue';
import { appIssue } from '../../i18n/app-issue-text';
import { roundMB } from '../limits';
import { MAX_TEXT_CHARS, readPayload, type SharePayload } from './payload';

/** What is being written; each has its own notice code. */
export type WriteTarget = 'state' | 'link' | 'plan-file';

/** The notice code of each writer when it refuses to write. */
export const NOT_WRITTEN_CODE = {
  state: 'state-not-saved',
  link: 'share-not-made',
  'plan-file': 'plan-file-not-saved',
} as const satisfies Record<WriteTarget, string>;

/** Ok when the reader would accept `p`; otherwise the writer's issue, naming the field and why. */
export function checkWritable(p: SharePayload, target: WriteTarget): Result<SharePayload> {
  if (p.text.length > MAX_TEXT_CHARS) return tooLarge(target, 'inventory', p.text.length, MAX_TEXT_CHARS);
  const r = readPayload(p);
  return r.ok ? r : notWritten(target, { why: 'value', problem: r.problems[0]! });
}

/**
 * The writer's issue for content over a size its reader refuses: `part` is what is measured
 * (the inventory text, or the whole of what would be written), in characters.
 */
export function tooLarge(target: WriteTarget, part: 'inventory' | 'content', size: number, limit: number): Result<never> {
  return notWritten(target, { why: 'size', part, sizeMB: roundMB(size), limitMB: roundMB(limit) });
}

function notWritten(target: WriteTarget, refused: NotWritten): Result<never> {
  return { ok: false, issues: [appIssue({ code: NOT_WRITTEN_CODE[target], params: { refused } })] };
}
