/** The state of one read: header first, then data rows, with the bookkeeping for notices. */

import type { ParseError, ParseStepResult, Parser } from 'papaparse';
import type { Machine, RejectedRow, SkippedRow } from '../../core/model';
import type { Issue, Result } from '../../core/result';
import { readIssue } from '../../i18n/read-issue-text';
import type { Delimiter } from './delimiter';
import type { ChurnField, ColumnMapping } from './fields';
import { looksLikeHeaderRow, matchHeaders } from './header-match';
import { mappingRangeIssues, resolveMapping } from './mapping';
import type { DecimalMark } from './numbers';
import type { ReadProgress } from './options';
import { RowReader } from './row-reader';
import { buildLayout } from './row-layout';
import { noChurnColumnIssue, noDataRowsIssue, noNameColumnIssue, tooManyRowsIssue, unclosedHeaderQuoteIssue } from './fatal-issues';
import { createLineCounter } from './line-index';
import type { ReadLimits } from '../limits';
import { numericNamesNotice, noValidRowNotice } from './read-notices';
import { findFormatColumns } from './formats/format-columns';
import { HEADER_SEARCH_ROWS, noHeaderRowIssue, titleLinesNotice } from './formats/format-messages';
import { formatNotices, type WorkbookContext } from './formats/format-notices';
import { churnFallbackPossible } from './row-layout';

/** Everything `readInventory` reports on success. */
export interface InventoryRead {
  machines: Machine[];
  rejected: RejectedRow[];
  /** Rows that are neither machines nor mistakes (a summary row), with their reason. */
  skipped: SkippedRow[];
  headers: string[];
  delimiter: Delimiter;
  decimalMark: DecimalMark;
  /** What header detection found. */
  detectedMapping: ColumnMapping;
  /** What was used: detection plus overrides, one churn column. */
  mapping: ColumnMapping;
  /** The churn column used; undefined when every churn comes from elsewhere (docs/inputs.md#churn-sources). */
  churnField: ChurnField | undefined;
  /** The workbook and sheet the rows came from, when they came from one (docs/inputs.md#workbooks). */
  workbook?: WorkbookContext;
  /**
   * Non-blank rows other than the header (title lines above it included); always
   * `machines.length + rejected.length + skipped.length`.
   */
  dataRows: number;
  /** Headers of unmapped columns, in file order; `Machine.extra` is aligned to them. */
  extraColumns: string[];
  notices: Issue[];
  /** The text and the columns read, as one key (core/document-id `inputKey`): the document id is made from it. */
  inputKey: string;
}

/** Settings a session needs from the caller. */
interface SessionSettings {
  delimiter: Delimiter;
  decimalMark: DecimalMark;
  hasSepLine: boolean;
  overrides: ColumnMapping | undefined;
  onProgress: ((p: ReadProgress) => void) | undefined;
  limits: ReadLimits;
  workbook: WorkbookContext | undefined;
}

/** What stops the records coming: papaparse's parser, or the loop over a workbook's records. */
export type Stopper = Pick<Parser, 'abort'>;

const PROGRESS_EVERY = 5000;
// A character some file delimits with: a single-cell first row holding one was split on the wrong delimiter.
const DELIMITER_LIKE = /[,;\t|]/;
const MAX_QUOTE_NOTICES = 10;

/** Receives papaparse's records one by one and assembles the inventory. */
export class ReadSession {
  private readonly lineAt: (offset: number) => number;
  private cursor = 0;
  private header: {
    headers: string[];
    detected: ColumnMapping;
    mapping: ColumnMapping;
    churnField: ChurnField | undefined;
    extra: string[];
    plannerReport: boolean;
  } | null = null;
  /** Non-blank rows before the header is found: title lines, or (none found) what the file has instead. */
  private readonly beforeHeader: { row: readonly string[]; line: number }[] = [];
  private reader: RowReader | null = null;
  private fatalIssues: Issue[] = [];
  private readonly notices: Issue[] = [];
  private quoteProblems = 0;
  private dataRows = 0;
  private headerLine = 0;

  constructor(
    private readonly text: string,
    private readonly settings: SessionSettings,
  ) {
    this.lineAt = createLineCounter(text);
  }

  /** papaparse `step` callback: one record, whose text ends at `meta.cursor`. */
  step(result: ParseStepResult<string[]>, parser: Stopper): void {
    this.record(result.data, result.meta.cursor, result.errors, parser);
  }

  /** One record (its cells, where its text ends, papaparse's errors on it); `parser` stops the records coming. */
  record(row: readonly string[], end: number, errors: readonly ParseError[], parser: Stopper): void {
    const start = this.cursor;
    this.cursor = end;
    if (start === 0 && this.settings.hasSepLine) return;
    if (isBlank(row)) return;
    const line = this.lineAt(start);
    // Papaparse reports an unclosed quote only when it ran to the end of the text.
    const unclosed = errors.length > 0 && this.noteParseErrors(errors, line);
    if (this.reader === null) return unclosed ? this.stop(unclosedHeaderQuoteIssue(line), parser) : this.seekHeader(row, parser, line);
    if (unclosed) {
      if (this.countRow(line, parser)) this.reader.rejectUnclosed(row, line, this.lineAt(lastCharOffset(this.text, start)));
    } else this.dataRow(row, line, parser);
  }

  /** Counts a data row; false (the read stopped) past the row limit. */
  private countRow(line: number, parser: Stopper | null): boolean {
    // Counted before the row is read, so a file far over the limit stops here, not at its end.
    if (++this.dataRows <= this.settings.limits.maxDataRows) return true;
    this.stop(tooManyRowsIssue(this.settings.limits.maxDataRows, line), parser);
    return false;
  }

  private dataRow(row: readonly string[], line: number, parser: Stopper | null): void {
    if (!this.countRow(line, parser)) return;
    this.reader?.read(row, line);
    if (this.dataRows % PROGRESS_EVERY === 0) this.progress(this.cursor);
  }

  /** The fatal issues, or the inventory; `null` when no header was ever seen (empty text). */
  finish(): Result<Omit<InventoryRead, 'inputKey'>> | null {
    if (this.reader === null && this.fatalIssues.length === 0 && this.beforeHeader.length > 0) this.noHeader(null);
    if (this.fatalIssues.length > 0) return { ok: false, issues: this.fatalIssues };
    if (this.header === null || this.reader === null) return null;
    if (this.dataRows === 0) return { ok: false, issues: [noDataRowsIssue(this.headerLine)] };
    this.progress(this.text.length);
    const { machines, rejected, skipped, ragged } = this.reader;
    if (ragged.count > 0) this.notices.push(raggedNotice(ragged.count, ragged.firstLine));
    const h = this.header;
    this.notices.push(...formatNotices(this.reader, h.plannerReport, this.settings.workbook));
    if (machines.length === 0) this.notices.push(noValidRowNotice(this.dataRows, rejected[0], skipped.length));
    const numeric = numericNamesNotice(machines, h.headers[h.mapping.name ?? -1] ?? '');
    if (numeric !== null) this.notices.push(numeric);
    return {
      ok: true,
      value: {
        machines,
        rejected,
        skipped,
        headers: h.headers,
        delimiter: this.settings.delimiter,
        decimalMark: this.settings.decimalMark,
        detectedMapping: h.detected,
        mapping: h.mapping,
        churnField: h.churnField,
        ...(this.settings.workbook ? { workbook: this.settings.workbook } : {}),
        dataRows: this.dataRows,
        extraColumns: h.extra,
        notices: this.notices,
      },
    };
  }

  /**
   * The header is the first of the first 20 non-blank rows that maps a name column; the rows above
   * it are title lines (docs/inputs.md#header-anywhere).
   */
  private seekHeader(row: readonly string[], parser: Stopper, line: number): void {
    if (looksLikeHeaderRow(row)) {
      this.readHeader(row, parser, line);
      if (this.reader === null || this.beforeHeader.length === 0) return;
      this.dataRows += this.beforeHeader.length;
      this.reader.skipped.push(...this.beforeHeader.map((r) => ({ line: r.line, reason: 'title-line' as const })));
      this.notices.push(titleLinesNotice(this.beforeHeader.length, line));
      return;
    }
    this.beforeHeader.push({ row, line });
    if (this.beforeHeader.length >= HEADER_SEARCH_ROWS) this.noHeader(parser);
  }

  /**
   * No row maps a name column. A first row with several cells is reported as the header (its
   * columns listed), and so is a single cell holding a delimiter (split on the wrong one: the
   * message says so); a plain single cell above other rows is a title, so no delimiter is blamed.
   */
  private noHeader(parser: Stopper | null): void {
    const rows = this.beforeHeader;
    const cells = (r: readonly string[]) => r.filter((c) => c.trim() !== '').length;
    const first = rows[0]!;
    const titled = this.settings.workbook !== undefined || (rows.some((r) => cells(r.row) > 1) && !DELIMITER_LIKE.test(first.row[0] ?? ''));
    // A name column the user mapped by hand: the header is the first row, as it always was.
    const mapped = this.settings.overrides?.name !== undefined;
    if (!(mapped || rows.length === 1 || cells(first.row) > 1 || !titled)) return this.stop(noHeaderRowIssue(rows.length), parser);
    this.readHeader(first.row, parser, first.line);
    // The rows held while looking for a header are the data under the first.
    for (const r of rows.slice(1)) if (this.reader !== null && this.fatalIssues.length === 0) this.dataRow(r.row, r.line, parser);
  }

  private readHeader(row: readonly string[], parser: Stopper | null, line: number): void {
    this.headerLine = line;
    const headers = row.map((h) => h.trim());
    const overrides = this.settings.overrides ?? {};
    const detected = matchHeaders(headers);
    const resolved = resolveMapping(headers, detected.mapping, overrides);
    const fatal = [...mappingRangeIssues(headers, overrides)];
    if (resolved.mapping.name === undefined) fatal.push(noNameColumnIssue(headers, this.settings.delimiter));
    // A one-column header lacks both for one reason (usually the delimiter): said once.
    const saidOnce = headers.length === 1 && resolved.mapping.name === undefined;
    const formats = findFormatColumns(headers);
    const extras = { formats, apportion: this.settings.workbook?.estateChurnGBPerDay !== undefined };
    const noChurn = resolved.churnField === undefined && !churnFallbackPossible(resolved.mapping, extras);
    if (noChurn && !saidOnce) fatal.push(noChurnColumnIssue(headers, this.settings.delimiter));
    if (fatal.length > 0 || noChurn) return this.stop(fatal, parser);
    this.notices.push(...detected.notices, ...resolved.notices);
    const extra = resolved.extraColumns;
    this.header = {
      headers,
      detected: detected.mapping,
      mapping: resolved.mapping,
      churnField: resolved.churnField,
      extra: extra.map((i) => headers[i] ?? ''),
      plannerReport: formats.plannerReport,
    };
    const { decimalMark, delimiter } = this.settings;
    const layout = buildLayout(headers, resolved.mapping, resolved.churnField, extra, decimalMark, delimiter, extras);
    this.reader = new RowReader(layout, this.settings.limits.maxNameChars);
  }

  private stop(issues: Issue | Issue[], parser: Stopper | null): void {
    this.fatalIssues = Array.isArray(issues) ? issues : [issues];
    parser?.abort();
  }

  /**
   * Notes quote problems; true when the record has a quote that never closes. That record is
   * rejected (or, in the header, ends the read) with its own message, so it gets no note as well:
   * the same thing said twice reads as two problems.
   */
  private noteParseErrors(errors: readonly ParseError[], line: number): boolean {
    let unclosed = false;
    for (const e of errors) {
      if (e.code === 'MissingQuotes') {
        unclosed = true;
        continue;
      }
      if (this.quoteProblems++ >= MAX_QUOTE_NOTICES) continue;
      this.notices.push(readIssue({ code: 'malformed-quote', params: { line } }, { line }));
    }
    return unclosed;
  }

  private progress(bytes: number): void {
    this.settings.onProgress?.({ rows: this.dataRows, bytes, totalBytes: this.text.length });
  }
}

// Whitespace and any of the three delimiters: ";;;" is as blank in a comma file as ",,,".
const BLANK_CELL = /^[\s,;]*$/;

/** A record with only empty or whitespace cells: a blank line or a line of bare delimiters. */
function isBlank(row: readonly string[]): boolean {
  for (const cell of row) {
    if (cell.length === 0) continue;
    // Only a cell that starts like a blank one pays for the regex; names and numbers don't.
    const c = cell.charCodeAt(0);
    if ((c <= 32 || c === 44 || c === 59 || c === 0xa0 || c === 0x202f || c === 0x2009) && BLANK_CELL.test(cell)) continue;
    return false;
  }
  return true;
}

/** Offset of the text's last character that is not a line break (never before `from`). */
function lastCharOffset(text: string, from: number): number {
  let end = text.length - 1;
  while (end > from && (text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13)) end--;
  return end;
}

function raggedNotice(count: number, firstLine: number): Issue {
  return readIssue({ code: 'ragged-rows', params: { count, firstLine } }, { line: firstLine });
}
