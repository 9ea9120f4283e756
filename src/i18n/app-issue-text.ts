import type { Issue } from '../core/result';
import type { AppIssue } from './app-issue';
import { translator } from './catalogue';

// Apart from the union (app-issue.ts), which the catalogue's entries import: no import cycle.

const en = translator('en');

/** The app issue's sentence in English, from the catalogue's `issue.<code>` entry. */
export function appIssueText(i: AppIssue): string {
  const render = en as unknown as (key: `issue.${AppIssue['code']}`, p: object) => string;
  return render(`issue.${i.code}`, i.params);
}

/** An app issue as the page and the io pass it on: its code and figures (the catalogue says it). */
export function appIssue(i: AppIssue): Issue {
  return { code: i.code, params: i.params };
}
