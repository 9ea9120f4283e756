/**
 * What the planner will read, said up front (README "Limits and bad input"). The limits are data
 * in this one place so the command line, the browser worker and the messages always agree.
 */

import type { Result } from '../core/result';

/** Largest inventory file read, in bytes (200 MB); checked before a single byte is read. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Most non-blank data rows (accepted + rejected) one inventory may have. */
export const MAX_DATA_ROWS = 1_000_000;

/** Longest machine name, in characters: DNS names stop at 253, so a longer cell is not a name. */
export const MAX_MACHINE_NAME_CHARS = 255;

/** Longest cell value quoted in a message or kept with a rejected row; longer ones end in '…'. */
const MESSAGE_VALUE_CHARS = 80;

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
  return {
    ok: false,
    issues: [
      {
        code: 'file-too-large',
        message:
          `The file is ${megabytes(bytes)} (${grouped(bytes)} bytes), more than the ${megabytes(limit)} the planner reads, so it was not opened. ` +
          `Split the inventory by site (one file per site, each under ${megabytes(limit)}) and plan each file.`,
        params: { sizeMB: roundMB(bytes), limitMB: roundMB(limit), sizeBytes: bytes, limitBytes: limit },
      },
    ],
  };
}

/** Cuts a value to `max` characters with '…', so one absurd cell can't flood a message. */
export function clipValue(value: string, max: number = MESSAGE_VALUE_CHARS): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** "1,000,000": digits grouped by threes, the same in every runtime and locale. */
export function grouped(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}

// One decimal place, but never "200.0 MB" for a file just over a 200 MB limit.
function roundMB(bytes: number): number {
  const mb = bytes / MB;
  return Number.isInteger(mb) ? mb : Math.max(Math.round(mb * 10) / 10, Math.floor(mb) + 0.1);
}

function megabytes(bytes: number): string {
  return `${roundMB(bytes)} MB`;
}
