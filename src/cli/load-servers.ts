import type { Issue } from '../core/result';
import { translator } from '../i18n/catalogue';
import { runningIssue, runningIssueText } from '../i18n/running-issue-text';
import { readServers, type ServersRead } from '../io/servers';
import { failureText, type CliFailure } from './cli-failure';
import { readTextFile } from './read-file';

/** A server file read, or why not: the file could not be read as text (`read-file`'s sentence), or not as a server file (a running issue). */
export type ServersLoad =
  | { ok: true; value: { read: ServersRead; text: string } }
  | { ok: false; stage: 'file'; issues: Issue[]; failure: CliFailure }
  | { ok: false; stage: 'servers'; file: string; issues: Issue[] };

/** Reads a server file named on the command line (its text names the document, core/document-id); one with no valid row is refused (it says nothing about the servers). */
export function loadServers(file: string): ServersLoad {
  const text = readTextFile(file);
  if (!text.ok) return { ok: false, stage: 'file', issues: text.issues, failure: text.failure };
  const read = readServers(text.value.text);
  if (!read.ok) return { ok: false, stage: 'servers', file, issues: read.issues };
  if (read.value.servers.length === 0) {
    const params = { rows: read.value.dataRows, firstRejected: read.value.rejected[0] ?? null, file };
    return { ok: false, stage: 'servers', file, issues: [runningIssue({ code: 'no-valid-server-row', params })] };
  }
  return { ok: true, value: { read: read.value, text: text.value.text } };
}

/** Why the server file was refused, for stderr: in English, the file named before the reader's sentence (the no-valid-row sentence names it itself). */
export function serversFailureText(failure: Exclude<ServersLoad, { ok: true }>): string {
  if (failure.stage === 'file') return failureText(failure.failure);
  const issue = failure.issues[0]!;
  const text = runningIssueText(translator('en'), issue);
  return issue.code === 'no-valid-server-row' ? text : `"${failure.file}": ${text}`;
}
