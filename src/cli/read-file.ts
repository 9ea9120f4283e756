import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Issue, Result } from '../core/result';
import { decodeInventoryBytes } from '../io/inventory';
import { checkFileSize, inputTooLargeIssue, MAX_FILE_BYTES } from '../io/limits';

const CHUNK = 1024 * 1024;

/** Reads a file as inventory text; every failure is one sentence for stderr. */
export function readTextFile(path: string, limit: number = MAX_FILE_BYTES): Result<{ text: string; notices: Issue[] }> {
  const bytes = readFileBytes(path, limit);
  if (!bytes.ok) return bytes;
  const decoded = decodeInventoryBytes(bytes.value);
  if (!decoded.ok) return fail(`"${path}": ${decoded.issues.map((i) => i.message).join(' ')}`, decoded.issues[0]!.code);
  return { ok: true, value: { text: decoded.value.text, notices: decoded.value.notices } };
}

/** Reads a file's bytes within the size limit; every failure is one sentence for stderr. */
export function readFileBytes(path: string, limit: number = MAX_FILE_BYTES): Result<Uint8Array> {
  let bytes: Uint8Array | null;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail(`"${path}" is a directory, not a CSV file`);
    // A regular file says its size: one over the limit is refused before a byte is read.
    if (stat.isFile()) {
      const size = checkFileSize(stat.size, limit);
      if (!size.ok) return failWith(path, size.issues[0]!);
    }
    bytes = readAtMost(path, limit);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : ((e as Error).message ?? String(e));
    return fail(`cannot read "${path}": ${why}`);
  }
  if (bytes === null) return failWith(path, inputTooLargeIssue(limit));
  return { ok: true, value: bytes };
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

function failWith(path: string, issue: Issue): Result<never> {
  return fail(`"${path}": ${issue.message}`, issue.code);
}

function fail(message: string, code = 'unreadable'): Result<never> {
  return { ok: false, issues: [{ code, message }] };
}
