import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Issue } from '../core/result';
import { decodeInventoryBytes } from '../io/inventory';
import { checkFileSize, inputTooLargeIssue, MAX_FILE_BYTES } from '../io/limits';
import type { CliFile } from '../i18n/cli-file';
import { failed, type CliResult } from './cli-failure';

const CHUNK = 1024 * 1024;

/** Reads a file as inventory text; every failure is one sentence for stderr (`failureText`). */
export function readTextFile(path: string, limit: number = MAX_FILE_BYTES): CliResult<{ text: string; notices: Issue[] }> {
  const bytes = readFileBytes(path, limit);
  if (!bytes.ok) return bytes;
  const decoded = decodeInventoryBytes(bytes.value);
  // The decoder refuses with one issue: the file is a workbook, or not text.
  if (!decoded.ok) return failed({ kind: 'read', path, issue: decoded.issues[0]! });
  return { ok: true, value: { text: decoded.value.text, notices: decoded.value.notices } };
}

/** Reads a file's bytes within the size limit; every failure is one sentence for stderr (`failureText`). */
export function readFileBytes(path: string, limit: number = MAX_FILE_BYTES): CliResult<Uint8Array> {
  let bytes: Uint8Array | null;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return failed({ kind: 'file', error: { code: 'directory', params: { path } } });
    // A regular file says its size: one over the limit is refused before a byte is read.
    if (stat.isFile()) {
      const size = checkFileSize(stat.size, limit);
      if (!size.ok) return failed({ kind: 'read', path, issue: size.issues[0]! });
    }
    bytes = readAtMost(path, limit);
  } catch (e) {
    return failed({ kind: 'file', error: systemError(path, e) });
  }
  if (bytes === null) return failed({ kind: 'read', path, issue: inputTooLargeIssue(limit) });
  return { ok: true, value: bytes };
}

/** The system's error as a file error: the two a person meets are said in words, others in the system's own. */
function systemError(path: string, e: unknown): CliFile {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { code: 'not-found', params: { path } };
  if (code === 'EACCES') return { code: 'permission-denied', params: { path } };
  return { code: 'unreadable', params: { path, detail: (e as Error).message ?? String(e) } };
}

/**
 * The bytes of a file, a pipe (`<(cat big.csv)`) or a device (`/dev/zero`), or null as soon as
 * there are more than `limit`: only a regular file's size is known beforehand, so the limit is
 * enforced while reading, for every kind of input.
 */
function readAtMost(path: string, limit: number): Uint8Array | null {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const n = readChunk(fd, chunk);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > limit) return null;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

// A non-blocking descriptor (a terminal, some pipes) says EAGAIN when no data is there yet.
function readChunk(fd: number, into: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, into, 0, into.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}
