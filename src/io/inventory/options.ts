/** The options of `readInventory`, validated at the edge so bad input fails with a message. */

import { inEnglish, z } from '../../core/schema';
import type { Issue, Result } from '../../core/result';
import { readIssue } from '../../i18n/read-issue-text';
import { INVENTORY_FIELDS, type ColumnMapping } from './fields';
import type { Delimiter } from './delimiter';
import type { DecimalMark } from './numbers';
import type { WorkbookContext } from './formats/format-notices';
import { MAX_SHEET_NAME_CHARS, MAX_SHEETS } from '../limits';

/** Progress of a read: data rows so far, and how far into the text the parser is. */
export interface ReadProgress {
  rows: number;
  /** Position in the text, in UTF-16 code units (equal to bytes for ASCII files). */
  bytes: number;
  /** Length of the text, same unit as `bytes`. */
  totalBytes: number;
}

/** How to read an inventory; everything is optional and detected when absent. */
export interface ReadOptions {
  /** User override; replaces detection for the fields it names (-1 means "not mapped"). */
  mapping?: ColumnMapping;
  /** Override delimiter detection. */
  delimiter?: Delimiter;
  /** Override the delimiter-derived decimal mark. */
  decimalMark?: DecimalMark;
  /** Called about every 5000 rows and once at the end. */
  onProgress?: (p: ReadProgress) => void;
  /** The workbook the text was taken from (io/workbook): its sheet, and the Deployment Planner's estate figures. */
  workbook?: WorkbookContext;
}

/** Zod schema of a workbook context: it travels in share links and stored state, so it is checked. */
export const workbookContextSchema = z.strictObject({
  sheet: z.string().check(z.maxLength(MAX_SHEET_NAME_CHARS)),
  sheets: z.array(z.string().check(z.maxLength(MAX_SHEET_NAME_CHARS))).check(z.maxLength(MAX_SHEETS)),
  estateChurnGBPerDay: z.optional(z.number().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER))),
  incompatibleMachines: z.optional(z.int().check(z.minimum(0))),
});

/** Zod schema of a column mapping: known fields only, integer indices ≥ -1. */
export const columnMappingSchema = z.partialRecord(z.enum(INVENTORY_FIELDS), z.int().check(z.minimum(-1)));

const readOptionsSchema = z.strictObject({
  mapping: z.optional(columnMappingSchema),
  delimiter: z.optional(z.enum([',', ';', '\t'])),
  decimalMark: z.optional(z.enum(['.', ','])),
  onProgress: z.optional(z.custom<(p: ReadProgress) => void>((v) => typeof v === 'function', 'expected a function')),
  workbook: z.optional(workbookContextSchema),
});

/** Validates options; the issues say which option is wrong and what it accepts. */
export function validateReadOptions(options: unknown): Result<ReadOptions> {
  const parsed = readOptionsSchema.safeParse(options ?? {}, inEnglish());
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map(toIssue) };
}

function toIssue(issue: z.core.$ZodIssue): Issue {
  const path = issue.path.map(String).join('.') || '(options)';
  // The schema's own words for what is wrong are data to the sentence, as an OS error's are.
  return readIssue({ code: 'bad-options', params: { option: path, detail: issue.message, fields: INVENTORY_FIELDS } });
}
