import type { RejectedRow } from '../../core/model';
import { translator } from '../../i18n/catalogue';
import { rejectText } from '../../i18n/reject-text';

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

/** A server file's rejected row as published: its fields, in this order. */
export const publishedServerRow = (r: RejectedRowDoc): RejectedRowDoc => ({
  line: r.line,
  column: r.column,
  value: r.value,
  message: r.message,
  code: r.code,
});
