import type { Issue } from '../core/result';
import { translator, type Translate } from './catalogue';
import type { RunningIssue } from './running-issue';

// Apart from the union (running-issue.ts), which the catalogue's entries import: no import cycle.

/**
 * A running issue in the translator's language: the catalogue's `running.issue.<code>` entry with its
 * figures (an issue passed on as `Issue` still carries the code and params its producer typed).
 */
export function runningIssueText(tr: Translate, i: RunningIssue | Pick<Issue, 'code' | 'params'>): string {
  const render = tr as unknown as (key: `running.issue.${RunningIssue['code']}`, p: object) => string;
  return render(`running.issue.${i.code as RunningIssue['code']}`, i.params ?? {});
}

/**
 * A running issue as io and the worker pass it on: its code and figures. `message` is the English
 * sentence from the catalogue, kept while `Issue` still has the field (it goes, and this line with it).
 */
export function runningIssue(i: RunningIssue): Issue {
  const line = i.code === 'ragged-rows' ? { line: i.params.line } : {};
  return { code: i.code, params: i.params as unknown as Issue['params'], ...line, message: runningIssueText(translator('en'), i) };
}
