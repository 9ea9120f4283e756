import type { RejectedRow } from '../../core/model';
import { rejectTextEn } from '../documents';
import { csvFile, csvRow } from './csv-cell';

/** Header of the rejected-rows export. */
const REJECTED_HEADER = ['line', 'column', 'value', 'reason'] as const;

/**
 * The rows the reader rejected, as CSV, so they can be fixed in the source spreadsheet; the
 * values are the file's own text and so are neutralised against formulas like any other cell.
 */
export function rejectedCsv(rejected: readonly RejectedRow[]): string {
  const lines = [csvRow(REJECTED_HEADER)];
  for (const r of rejected) lines.push(csvRow([r.line, r.column, r.value, rejectTextEn(r)]));
  return csvFile(lines);
}
