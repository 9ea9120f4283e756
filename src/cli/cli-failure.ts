import type { Issue } from '../core/result';
import { translator } from '../i18n/catalogue';
import type { CliFile } from '../i18n/cli-file';
import type { CliOption } from '../i18n/cli-option';
import { cliOptionText } from '../i18n/cli-option-text';
import { issueTextEn } from '../i18n/read-issue-text';

/*
 * Why a command could not use its input, as data until it is said: every sentence comes from the
 * catalogue in English, and the file's path is put before a reader's sentence here, at the edge.
 */

/** Why a command stops before planning: a code and figures of one family, said by `failureText`. */
export type CliFailure =
  /** The file itself: its path is in the sentence. */
  | { kind: 'file'; error: CliFile }
  /** A reader's issue about the file `path` (its size, its encoding, its header…): said after `"path": `. */
  | { kind: 'read'; path: string; issue: Issue }
  | { kind: 'option'; error: CliOption }
  /** A reader's issue said as it is (a `--column` naming no header, a churn rate needed). */
  | { kind: 'issue'; issue: Issue };

/** A command's input, or why it cannot be used: the failure, its issues (codes for tests and callers) and the exit code. */
export type CliResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[]; failure: CliFailure; exit?: number };

const en = translator('en');

/** The file error's sentence in English, from the catalogue's `cli.file.<code>` entry. */
function cliFileText(e: CliFile): string {
  const render = en as unknown as (key: `cli.file.${CliFile['code']}`, p: object) => string;
  return render(`cli.file.${e.code}`, e.params);
}

/** The failure in English, as stderr prints it after the command's name. */
export function failureText(f: CliFailure): string {
  switch (f.kind) {
    case 'file':
      return cliFileText(f.error);
    case 'read':
      return `"${f.path}": ${issueTextEn(f.issue)}`;
    case 'option':
      return cliOptionText(f.error);
    case 'issue':
      return issueTextEn(f.issue);
  }
}

/** The failure as a result's issue: its code and figures (callers and tests compare codes; `failureText` says it). */
export function failureIssue(f: CliFailure): Issue {
  switch (f.kind) {
    case 'file':
      return { code: f.error.code, params: f.error.params };
    case 'read':
    case 'issue':
      return f.issue;
    case 'option':
      return { code: 'bad-option', params: f.error };
  }
}

/** A failed result of one failure. */
export function failed(failure: CliFailure, exit?: number): CliResult<never> {
  const issues = [failureIssue(failure)];
  return exit === undefined ? { ok: false, issues, failure } : { ok: false, issues, failure, exit };
}
