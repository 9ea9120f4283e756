import type { RejectedRow } from '../../core/model';
import { translator } from '../../i18n/catalogue';
import type { RejectPlace, ServerRejectWhy } from '../../core/reject';
import { rejectText, serverRejectText } from '../../i18n/reject-text';

/** A rejected row as the documents publish it: where, and why in English. */
export interface RejectedRowDoc {
  line: number;
  column: string;
  value: string;
  message: string;
  code: string;
}

const en = translator('en');

/** A rejected inventory row as published, its reason rendered by the English catalogue. */
export function publishedRejected(r: RejectedRow): RejectedRowDoc {
  return { line: r.line, column: r.column, value: r.value, message: rejectText(en, r), code: r.code };
}

/** Why a row was rejected, in English (the CLI and the documents). */
export const rejectTextEn = (r: RejectedRow): string => rejectText(en, r);

/** A server file's rejected row as published: its fields, in this order, its reason rendered by the English catalogue. */
export const publishedServerRow = (r: RejectPlace & ServerRejectWhy): RejectedRowDoc => ({
  line: r.line,
  column: r.column,
  value: r.value,
  message: serverRejectText(en, r),
  code: r.code,
});

/** Why a server file's row was rejected, in English (the CLI's lines). */
export const serverRejectTextEn = (r: RejectPlace & ServerRejectWhy): string => serverRejectText(en, r);
