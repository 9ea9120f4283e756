import type { RejectCode, RejectedRow } from '../core/model';
import type { RejectPlace, ServerRejectWhy } from '../core/reject';
import type { Translate } from './catalogue';

/**
 * Why a row was rejected, in the translator's language: the catalogue's `reject.<code>` entry
 * with the row's place and its code's figures (the entries are typed against the union, so a
 * row's code and params always belong together).
 */
export function rejectText(tr: Translate, r: RejectedRow): string {
  const render = tr as unknown as (key: `reject.${RejectCode}`, p: object) => string;
  return render(`reject.${r.code}`, { ...r.params, line: r.line, column: r.column, value: r.value });
}

/** Why a server file's row was rejected, in the translator's language: the catalogue's `running.reject.<code>` entry. */
export function serverRejectText(tr: Translate, r: RejectPlace & ServerRejectWhy): string {
  const render = tr as unknown as (key: `running.reject.${ServerRejectWhy['code']}`, p: object) => string;
  return render(`running.reject.${r.code}`, { ...r.params, line: r.line, column: r.column, value: r.value });
}
