import type { RejectedRow } from '../core/model';

/*
 * Reading an inventory, as data: what stops a read or is worth a note, a code and the figures
 * its sentence is said from, rendered by the catalogue's `issue.<code>` entry (read-issue-text.ts).
 * The union lives here, not beside the readers in src/io, because the catalogue's entries are
 * typed against it and i18n may not import io.
 */

/** Where in the file an issue is: its line, the column's header and the cell, when it has one. */
export interface IssuePlace {
  line?: number;
  column?: string;
  value?: string;
}

/** A delimiter as the sentences name it. */
export type DelimiterName = 'comma' | 'semicolon' | 'tab' | 'pipe';

/** A churn column's field: its unit is named in the sentence. */
export type ChurnFieldName = 'dailyChurnGB' | 'dailyChurnTB' | 'avgChurnMBps';

/**
 * The header found, cut short for a sentence (at most 20 names, each clipped): `headerCount` is how many
 * there were, so "… and 12 more" can be said. A header read as one column names the delimiter it
 * was split on and the one it seems to use ('' when none is in sight; only then).
 */
export type HeaderFound = { headers: readonly string[]; headerCount: number; delimiter?: DelimiterName; suggested?: DelimiterName | '' };

/** Why reading an inventory stopped, or what it noted: a code and its typed figures. */
export type ReadIssue =
  | { code: 'empty'; params: Record<string, never> }
  /** `percent`: the whole percentage of control or undecodable characters at the start. */
  | { code: 'not-csv'; params: { percent: number } }
  | { code: 'xlsx'; params: Record<string, never> }
  /** Binary data: with `percent` when control characters gave it away, without it for NUL bytes. */
  | { code: 'binary'; params: { reason: 'binary'; percent?: number } | { reason: 'utf16-no-bom' } }
  /** `aliases`: the header spellings a name column is recognised by. */
  | { code: 'no-name-column'; params: HeaderFound & { aliases: readonly string[] } }
  | { code: 'no-churn-column'; params: HeaderFound & { aliases: readonly string[] } }
  | { code: 'no-data-rows'; params: { headerLine: number } }
  /** `firstLine` and `firstRejected`: the first rejected row (0 and absent when every row was skipped). */
  | { code: 'no-valid-row'; params: { dataRows: number; skipped: number; firstLine: number; firstRejected?: RejectedRow } }
  /** `examples`: the first `shown` names, as written; `count`: how many names there are. */
  | { code: 'numeric-names'; params: { column: string; examples: string; shown: number; count: number } }
  /** A file known too large by its size, or an input that ran over the limit while it was read (no size). */
  | {
      code: 'file-too-large';
      params: { sizeMB: number; limitMB: number; sizeBytes: number; limitBytes: number } | { limitMB: number; limitBytes: number };
    }
  | { code: 'too-many-rows'; params: { limit: number; line: number } }
  /** `index`: the 1-based column mapped (not `column`: that is a place, the header's text); `columns`: how many the header has. */
  | { code: 'bad-mapping'; params: { field: string; index: number; columns: number } }
  /** `detail`: the schema's own words for what is wrong; `fields`: the fields a mapping may name. */
  | { code: 'bad-options'; params: { option: string; detail: string; fields: readonly string[] } }
  /** `first`, `later`: 1-based columns; their headers as written. */
  | { code: 'duplicate-header'; params: { field: string; first: number; later: number; firstHeader: string; laterHeader: string } }
  /** `found`: the churn columns in the order of preference, the first used (`field`). */
  | { code: 'several-churn-columns'; params: { field: ChurnFieldName; found: readonly { header: string; field: ChurnFieldName }[] } }
  /** `index`: the 1-based column, its header `header`; detected as `previous`, mapped by the user to `field`. */
  | { code: 'mapping-reassigned'; params: { field: string; previous: string; index: number; header: string } }
  | { code: 'ragged-rows'; params: { count: number; firstLine: number } }
  /** The header's quote that never closes (a data row's is a rejected row). */
  | { code: 'unclosed-quote'; params: { line: number } }
  | { code: 'malformed-quote'; params: { line: number } }
  | { code: 'encoding-utf16'; params: { encoding: 'utf-16le' | 'utf-16be' } }
  | { code: 'encoding-fallback'; params: { encoding: 'euc-kr' | 'windows-1252' } }
  | { code: 'encoding-invalid-utf8'; params: Record<string, never> }
  | { code: 'read-cancelled'; params: Record<string, never> }
  /** The command line's `--column field=header` names no header: `headers` all of them, as written. */
  | { code: 'unknown-column'; params: { field: string; name: string; headers: readonly string[] } };

/** Issues about real files (docs/inputs.md#real-files): workbooks, the header anywhere, churn sources. */
export type InputsIssue =
  | { code: 'no-header-row'; params: { rows: number; limit: number } }
  | { code: 'title-lines'; params: { count: number; headerLine: number } }
  | { code: 'powered-off'; params: { count: number } }
  | { code: 'planner-growth'; params: Record<string, never> }
  | { code: 'incompatible-vms'; params: { count: number } }
  | { code: 'churn-write-throughput'; params: { count: number } }
  | { code: 'churn-apportioned'; params: { count: number; totalGB: number } }
  | { code: 'churn-estimated'; params: { count: number } }
  /** `flag`: how the user sets the rate (`--churn-rate`). */
  | { code: 'churn-rate-needed'; params: { count: number; flag: string } }
  | { code: 'workbook-xls'; params: Record<string, never> }
  | { code: 'workbook-encrypted'; params: Record<string, never> }
  /** `detail`: the unpacker's own words; `sheet`: the sheet it failed on, when it was one. */
  | { code: 'workbook-corrupt'; params: { detail: string; sheet?: string } }
  | { code: 'workbook-too-large'; params: { sizeMB: number; limitMB: number } }
  /** `sheets`: the workbook's sheet names. */
  | { code: 'workbook-no-sheet'; params: { sheets: readonly string[]; limit: number } }
  | { code: 'workbook-sheet-not-found'; params: { sheet: string; sheets: readonly string[] } }
  | { code: 'workbook-sheet'; params: { sheet: string; sheets: readonly string[] } };

/** Every issue of reading an inventory file. */
export type InventoryIssue = ReadIssue | InputsIssue;
