import { readFileSync, statSync } from 'node:fs';
import type { Result } from '../core/result';
import { decodeInventoryBytes } from '../io/inventory';

/** Reads a file as inventory text; every failure is one sentence for stderr. */
export function readTextFile(path: string): Result<{ text: string; notices: string[] }> {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) return fail(`"${path}" is a directory, not a CSV file`);
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : ((e as Error).message ?? String(e));
    return fail(`cannot read "${path}": ${why}`);
  }
  const decoded = decodeInventoryBytes(bytes);
  if (!decoded.ok) return fail(`"${path}": ${decoded.issues.map((i) => i.message).join(' ')}`);
  return { ok: true, value: { text: decoded.value.text, notices: decoded.value.notices.map((n) => n.message) } };
}

function fail(message: string): Result<never> {
  return { ok: false, issues: [{ code: 'unreadable', message }] };
}
