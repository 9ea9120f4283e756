import type { Issue } from '../core/result';
import { en, translator, type MessageKey, type Translate } from './catalogue';
import type { InventoryIssue, IssuePlace } from './read-issue';

// Apart from the union (read-issue.ts), which the catalogue's entries import: no import cycle.

const english = translator('en');
const has = (key: string): key is MessageKey => key in en;

/**
 * An issue (a reader's fatal issue or notice) in the translator's language: the catalogue's
 * `issue.<code>` entry, said from the issue's figures and its place. Every code a reader makes has
 * an entry (the entries are typed against its union); one from elsewhere without an entry shows
 * as its code, never blank.
 */
export function issueText(tr: Translate, issue: Issue): string {
  const key = `issue.${issue.code}`;
  if (!has(key)) return issue.code;
  const place: IssuePlace = { line: issue.line, column: issue.column, value: issue.value };
  return (tr as (k: MessageKey, p: object) => string)(key, { ...place, ...issue.params });
}

/** An issue's sentence in English: what the command line prints and the documents publish. */
export const issueTextEn = (issue: Issue): string => issueText(english, issue);

/** An inventory issue as the readers return it: its code, figures and place (the catalogue says it). */
export function readIssue(e: InventoryIssue, place: IssuePlace = {}): Issue {
  return { ...place, code: e.code, params: e.params };
}
