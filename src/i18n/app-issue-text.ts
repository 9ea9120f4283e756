import type { Issue } from '../core/result';
import type { AppIssue } from './app-issue';

// Apart from the union (app-issue.ts), which the catalogue's entries import: no import cycle.

/** An app issue as the page and the io pass it on: its code and figures (the catalogue says it). */
export function appIssue(i: AppIssue): Issue {
  return { code: i.code, params: i.params };
}
