import type { RejectedRow, ScaleOutDriver, SkippedRow } from '../core/model';
import { en, type MessageKey, type Translate } from '../i18n/catalogue';
import type { PlanContext } from '../i18n/plan-context';
import { rejectText } from '../i18n/reject-text';

/*
 * Domain results carry stable codes and parameters; these turn them into sentences in the
 * current language. A code without a catalogue entry shows as its code, so nothing is ever blank.
 */

const has = (key: string): key is MessageKey => key in en;
const call = (tr: Translate, key: MessageKey, params: unknown) => (tr as (k: MessageKey, p?: unknown) => string)(key, params);

/** An input problem (fatal issue or notice), from its code, figures and place. */
export { issueText } from '../i18n/read-issue-text';

/** Why a row was rejected. */
export function rejectReason(tr: Translate, row: RejectedRow): string {
  return rejectText(tr, row);
}

/** Why a row was skipped; a reason without a message (from a newer reader) shows as its code. */
export function skipReason(tr: Translate, row: SkippedRow): string {
  const key = `skip.${row.reason}`;
  return has(key) ? call(tr, key, {}) : row.reason;
}

/** A plan warning and why an item could not be placed, from their codes (the plan's rule set names its servers). */
export { unplacedText, warningText } from '../i18n/plan-warning-text';

/** One reason for a site's servers, as a sentence, in the words of the plan's rule set. */
export function driverText(tr: Translate, d: ScaleOutDriver, ctx: PlanContext): string {
  return call(tr, `why.${d.kind}` as MessageKey, { ...d, ...ctx });
}
