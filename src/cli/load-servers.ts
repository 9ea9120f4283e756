import type { Result } from '../core/result';
import { serverRejectTextEn } from '../io/documents';
import { readServers, type ServersRead } from '../io/servers';
import { readTextFile } from './read-file';

/** Reads a server file named on the command line (its text names the document, core/document-id); one with no valid row is refused (it says nothing about the servers). */
export function loadServers(file: string): Result<{ read: ServersRead; text: string }> {
  const text = readTextFile(file);
  if (!text.ok) return text;
  const read = readServers(text.value.text);
  if (!read.ok) return { ok: false, issues: read.issues.map((i) => ({ ...i, message: `"${file}": ${i.message}` })) };
  if (read.value.servers.length === 0) {
    const first = read.value.rejected[0];
    const message = first
      ? `"${file}" has no valid server row: all ${read.value.dataRows} data rows were rejected. First: line ${first.line}: ${serverRejectTextEn(first)}`
      : `"${file}" has a header but no server rows.`;
    return { ok: false, issues: [{ code: 'no-valid-row', message }] };
  }
  return { ok: true, value: { read: read.value, text: text.value.text } };
}
