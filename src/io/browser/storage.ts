/**
 * The last state of the app in localStorage, so a reload or the next visit starts where the user
 * left off. Stored data is treated as untrusted input (another tab, an old version or a person
 * may have written it): anything that fails validation is removed, never rendered half-way.
 */

import type { Issue, Result } from '../../core/result';
import type { PayloadProblem } from '../../i18n/app-issue';
import { appIssue } from '../../i18n/app-issue-text';
import { readPayload, type SharePayload, checkWritable } from '../share';

/** The localStorage key; the version lets a future layout ignore this one. */
export const STATE_KEY = 'asr-ps-planner/state/v1';

/**
 * Most UTF-16 characters stored with the inventory. Browsers give an origin about 5 M characters
 * in all; beyond this the inventory is left out rather than crowd out everything else.
 */
export const STATE_SIZE_LIMIT = 4 * 1024 * 1024;

/**
 * Saves the state; `'settings-only'` when the inventory text had to be left out to fit. A state
 * `loadState` would refuse is not written at all (the text is checked apart: what is stored is
 * either under `STATE_SIZE_LIMIT` or left out).
 */
export function saveState(storage: Storage, p: SharePayload): Result<'saved' | 'settings-only'> {
  const checked = checkWritable({ ...p, text: '' }, 'state');
  if (!checked.ok) return checked;
  // A text over the limit alone is not written out whole (seven MB for 100,000 machines) only to be dropped.
  const full = p.text.length > STATE_SIZE_LIMIT ? null : JSON.stringify(p);
  if (full !== null && full.length <= STATE_SIZE_LIMIT) {
    const written = write(storage, full);
    if (written === 'ok') return { ok: true, value: 'saved' };
    if (written !== 'quota') return notSaved(written);
  }
  // The old state may be what fills the quota: drop it before the smaller write.
  clearState(storage);
  const slim = write(storage, JSON.stringify({ ...p, text: '' }));
  return slim === 'ok' ? { ok: true, value: 'settings-only' } : notSaved(slim);
}

/** Loads the saved state: null when there is none; unusable data is removed and reported. */
export function loadState(storage: Storage): Result<SharePayload | null> {
  let raw: string | null;
  try {
    raw = storage.getItem(STATE_KEY);
  } catch (e) {
    return unavailable(e);
  }
  if (raw === null) return { ok: true, value: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return discard(storage, [null]);
  }
  const r = readPayload(data);
  return r.ok ? r : discard(storage, r.problems);
}

/** Removes the saved state; a storage that refuses is ignored (there is nothing left to do). */
export function clearState(storage: Storage): void {
  try {
    storage.removeItem(STATE_KEY);
  } catch {
    // Storage disabled or blocked: nothing was stored either.
  }
}

// `null`: the stored text is not JSON at all.
function discard(storage: Storage, problems: readonly (PayloadProblem | null)[]): Result<never> {
  clearState(storage);
  return { ok: false, issues: problems.map((problem) => appIssue({ code: 'stored-state-discarded', params: { problem } })) };
}

type Written = 'ok' | 'quota' | Issue;

function write(storage: Storage, value: string): Written {
  try {
    storage.setItem(STATE_KEY, value);
    return 'ok';
  } catch (e) {
    return isQuotaError(e) ? 'quota' : unavailable(e).issues[0]!;
  }
}

// Chrome and Safari say QuotaExceededError; old Firefox said NS_ERROR_DOM_QUOTA_REACHED (code 1014).
function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function notSaved(w: Exclude<Written, 'ok'>): Result<never> {
  if (w !== 'quota') return { ok: false, issues: [w] };
  return { ok: false, issues: [appIssue({ code: 'state-not-saved', params: { refused: { why: 'quota' } } })] };
}

function unavailable(e: unknown): { ok: false; issues: Issue[] } {
  const detail = e instanceof Error ? e.message : String(e);
  return { ok: false, issues: [appIssue({ code: 'storage-unavailable', params: { detail } })] };
}
