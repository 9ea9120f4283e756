/**
 * What the planner will read, said up front (README "Limits and bad input"). The limits are data
 * in this one place so the command line, the browser worker and the messages always agree.
 */

import type { Issue, Result } from '../core/result';
import { readIssue } from '../i18n/read-issue-text';

// Quoting lives with the sentences (i18n), which io and the catalogue share.
export { clipValue, grouped, MESSAGE_LIST_ITEMS, quotedList } from '../i18n/quote';

/** Largest inventory file read, in bytes (200 MB); checked before a single byte is read. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Most bytes a workbook may unpack to (1 GB): a small zip that inflates past this is a zip bomb,
 * refused before it is inflated (docs/inputs.md#workbooks).
 */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

/** Longest sheet name kept (Excel allows 31 characters; a longer one is not Excel's). */
export const MAX_SHEET_NAME_CHARS = 255;

/** Most sheets a workbook's list may hold (a share link carries it). */
export const MAX_SHEETS = 1000;

/** Most non-blank data rows (accepted + rejected) one inventory may have. */
export const MAX_DATA_ROWS = 1_000_000;

/** Longest machine name, in characters: DNS names stop at 253, so a longer cell is not a name. */
export const MAX_MACHINE_NAME_CHARS = 255;

/**
 * Most daily churn one machine may have, GB/day (1 PB/day). The largest process server replicates
 * 2 TB/day, so a figure near this is a wrong unit or column; the bound keeps every total finite
 * (a million machines at it, tripled, doubled by growth, is still an ordinary double).
 */
export const MAX_CHURN_GB_PER_DAY = 1024 * 1024;

/** The limits a read applies. */
export interface ReadLimits {
  maxDataRows: number;
  maxNameChars: number;
}

/** The limits every read uses; tests pass smaller ones to reach them cheaply. */
export const READ_LIMITS: Readonly<ReadLimits> = { maxDataRows: MAX_DATA_ROWS, maxNameChars: MAX_MACHINE_NAME_CHARS };

const MB = 1024 * 1024;

/** Checks a file's size (from `stat` or `File.size`) before it is read; ok carries the size. */
export function checkFileSize(bytes: number, limit: number = MAX_FILE_BYTES): Result<number> {
  if (bytes <= limit) return { ok: true, value: bytes };
  const params = { sizeMB: roundMB(bytes), limitMB: roundMB(limit), sizeBytes: bytes, limitBytes: limit };
  return { ok: false, issues: [readIssue({ code: 'file-too-large', params })] };
}

/**
 * The input went over the limit while it was read (a pipe or a device, whose size nobody knows
 * beforehand): reading stopped there.
 */
export function inputTooLargeIssue(limit: number = MAX_FILE_BYTES): Issue {
  return readIssue({ code: 'file-too-large', params: { limitMB: roundMB(limit), limitBytes: limit } });
}

/** Checks text that arrives without a file (pasted): its length in characters, never more than its UTF-8 bytes. */
export function checkTextSize(text: string, limit: number = MAX_FILE_BYTES): Result<string> {
  return text.length <= limit ? { ok: true, value: text } : { ok: false, issues: [inputTooLargeIssue(limit)] };
}

/** Bytes (or characters) in MB, one decimal place, but never "200.0 MB" for a size just over a 200 MB limit. */
export function roundMB(bytes: number): number {
  const mb = bytes / MB;
  return Number.isInteger(mb) ? mb : Math.max(Math.round(mb * 10) / 10, Math.floor(mb) + 0.1);
}
