/** The entry point: inventory CSV text → machines, rejected rows and notices (docs/inputs.md#inventory-csv). */

import Papa, { type ParseError } from 'papaparse';
import { inputKey } from '../../core/document-id';
import { fail, type Result } from '../../core/result';
import { detectDelimiter, type Delimiter } from './delimiter';
import { unifyLineBreaks } from './line-index';
import { emptyIssue, notCsvIssue } from './fatal-issues';
import { decimalMarkFor } from './numbers';
import { validateReadOptions, type ReadOptions } from './options';
import { ReadSession, type InventoryRead } from './read-session';
import { looksBinary, sniffText } from './sniff';
import { READ_LIMITS, type ReadLimits } from '../limits';

/**
 * Reads an inventory. Fails only when the text can't be an inventory (empty, binary, no name
 * or churn column, a header without rows, more rows than `limits` allow, bad options); bad rows
 * are returned in `rejected`, never dropped. `limits` is for tests; everyone else reads with the
 * published ones.
 */
export function readInventory(text: string, options: ReadOptions = {}, limits: ReadLimits = READ_LIMITS): Result<InventoryRead> {
  return readWith(text, options, limits, splitText);
}

// Step mode: rows are read as they are tokenised, which also keeps memory flat and is
// measurably faster than collecting papaparse's whole array first.
const splitText: Feed = (body, newline, delimiter, session) => {
  Papa.parse<string[]>(body, { ...csvDialect(delimiter, newline), step: (result, parser) => session.step(result, parser) });
};

/**
 * How papaparse reads the CSV an inventory or a server file is written in: every line a row as it
 * stands (blank ones are counted by the readers), double quotes, no header row of its own.
 */
export const csvDialect = (delimiter: string, newline: '\n' | '\r' | '\r\n') =>
  ({ delimiter, newline, quoteChar: '"', header: false, skipEmptyLines: false }) as const;

/**
 * Reads an inventory whose text comes already split: `records[i]` is line i + 1 of `text`, as
 * papaparse would split it (a workbook's sheet, written as text and kept as cells). The same read
 * as `readInventory(text, options)`, without tokenising again what was just written.
 */
export function readInventoryRecords(
  text: string,
  records: readonly (readonly string[])[],
  options: ReadOptions = {},
  limits: ReadLimits = READ_LIMITS,
): Result<InventoryRead> {
  // Text with a byte-order mark or a carriage return is not what a sheet is written as: split it again.
  if (text.charCodeAt(0) === 0xfeff || text.includes('\r')) return readInventory(text, options, limits);
  return readWith(text, options, limits, (body, newline, delimiter, session) => {
    // The records are a comma-separated text's: read with another delimiter, the text splits otherwise.
    if (delimiter !== ',') return splitText(body, newline, delimiter, session);
    const parser = { stopped: false, abort: () => void (parser.stopped = true) };
    let end = 0;
    for (let i = 0; i < records.length && !parser.stopped; i++) {
      const next = body.indexOf('\n', end);
      end = next < 0 ? body.length : next + 1;
      session.record(records[i]!, end, NO_ERRORS, parser);
    }
  });
}

const NO_ERRORS: readonly ParseError[] = [];

type Feed = (body: string, newline: '\n' | '\r\n', delimiter: Delimiter, session: ReadSession) => void;

// The read around its records: options, the text's checks, the delimiter, the session, the key.
function readWith(text: string, options: ReadOptions, limits: ReadLimits, feed: Feed): Result<InventoryRead> {
  const opts = validateReadOptions(options);
  if (!opts.ok) return opts;
  const { text: body, newline } = unifyLineBreaks(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const sniff = sniffText(body);
  if (looksBinary(sniff)) return fail(notCsvIssue(sniff));
  const guess = detectDelimiter(body);
  const delimiter = opts.value.delimiter ?? guess.delimiter;
  const session = new ReadSession(body, {
    delimiter,
    decimalMark: opts.value.decimalMark ?? decimalMarkFor(delimiter),
    hasSepLine: guess.hasSepLine,
    overrides: opts.value.mapping,
    onProgress: opts.value.onProgress,
    limits,
    workbook: opts.value.workbook,
  });
  feed(body, newline, delimiter, session);
  const read = session.finish();
  if (!read) return fail(emptyIssue());
  return read.ok ? { ok: true, value: { ...read.value, inputKey: keyOf(text, read.value) } } : read;
}

// What was read and how (the columns used, not how they were chosen), so the command line's
// `--column` and the page's column choice give the same key, and so the same document id.
function keyOf(text: string, read: Omit<InventoryRead, 'inputKey'>): string {
  const mapping = Object.fromEntries(Object.entries(read.mapping).filter(([, i]) => i !== undefined && i >= 0));
  return inputKey(text, { delimiter: read.delimiter, decimalMark: read.decimalMark, mapping });
}
