import { readFileSync, statSync } from 'node:fs';
import type { Issue, Result } from '../core/result';
import { decodeInventoryBytes } from '../io/inventory';
import { checkFileSize } from '../io/limits';

/** Reads a file as inventory text; every failure is one sentence for stderr. */
export function readTextFile(path: string): Result<{ text: string; notices: Issue[] }> {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail(`"${path}" is a directory, not a CSV file`);
    // Checked on the size the file system reports, before a 2 GB file is pulled into memory.
    const size = checkFileSize(stat.size);
    if (!size.ok) return fail(`"${path}": ${size.issues[0]!.message}`, size.issues[0]!.code);
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : ((e as Error).message ?? String(e));
    return fail(`cannot read "${path}": ${why}`);
  }
  const decoded = decodeInventoryBytes(bytes);
  if (!decoded.ok) return fail(`"${path}": ${decoded.issues.map((i) => i.message).join(' ')}`, decoded.issues[0]!.code);
  return { ok: true, value: { text: decoded.value.text, notices: decoded.value.notices } };
}

function fail(message: string, code = 'unreadable'): Result<never> {
  return { ok: false, issues: [{ code, message }] };
}
