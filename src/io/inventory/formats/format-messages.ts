/**
 * Issues about real files (docs/inputs.md#real-files): a code and typed figures, the English
 * sentence rendered by the English catalogue, so every language words them from the same figures.
 */

import type { Issue } from '../../../core/result';
import { translator } from '../../../i18n/catalogue';

const en = translator('en');

/** An issue whose English sentence comes from `issue.<code>` of the catalogue. */
function issue<P extends Record<string, string | number>>(code: string, message: string, params: P, line?: number): Issue {
  return line === undefined ? { code, message, params } : { code, message, params, line };
}

/** Most title lines looked at for a header (docs/inputs.md#header-anywhere). */
export const HEADER_SEARCH_ROWS = 20;

/** None of the first rows maps a name column. */
export function noHeaderRowIssue(rows: number): Issue {
  const p = { rows, limit: HEADER_SEARCH_ROWS };
  return issue('no-header-row', en('issue.no-header-row', p), p);
}

/** Title lines above the header were skipped. */
export function titleLinesNotice(count: number, headerLine: number): Issue {
  const p = { count, headerLine };
  return issue('title-lines', en('issue.title-lines', p), p, headerLine);
}

/** RVTools says some accepted machines are powered off. */
export function poweredOffNotice(count: number): Issue {
  return issue('powered-off', en('issue.powered-off', { count }), { count });
}

/** The Deployment Planner's peaks include its growth factor. */
export function plannerGrowthNotice(): Issue {
  return issue('planner-growth', en('issue.planner-growth'), {});
}

/** Machines whose churn came from a source other than a churn column, said once per source. */
export function churnSourceNotices(counts: { writeThroughput: number; apportioned: number; estimated: number }, totalGB: number): Issue[] {
  const out: Issue[] = [];
  if (counts.writeThroughput > 0) {
    const p = { count: counts.writeThroughput };
    out.push(issue('churn-write-throughput', en('issue.churn-write-throughput', p), p));
  }
  if (counts.apportioned > 0) {
    const p = { count: counts.apportioned, totalGB };
    out.push(issue('churn-apportioned', en('issue.churn-apportioned', p), p));
  }
  if (counts.estimated > 0) {
    const p = { count: counts.estimated };
    out.push(issue('churn-estimated', en('issue.churn-estimated', p), p));
  }
  return out;
}

/** Estimated machines and no daily change rate: `flag` is how the user sets it (`--churn-rate`). */
export function churnRateNeededIssue(count: number, flag: string): Issue {
  const p = { count, flag };
  return issue('churn-rate-needed', en('issue.churn-rate-needed', p), p);
}
