import type { Issue } from '../core/result';
import type { Translate } from './catalogue';
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

/** A running issue as io and the worker pass it on: its code and figures (the catalogue says it). */
export function runningIssue(i: RunningIssue): Issue {
  const line = i.code === 'ragged-rows' ? { line: i.params.line } : {};
  return { code: i.code, params: i.params, ...line };
}
