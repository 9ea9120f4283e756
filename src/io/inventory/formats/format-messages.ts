/**
 * Issues about real files (docs/inputs.md#real-files): a code and typed figures, the English
 * sentence rendered by the English catalogue, so every language words them from the same figures.
 */

import type { Issue } from '../../../core/result';
import { readIssue } from '../../../i18n/read-issue-text';

/** Most title lines looked at for a header (docs/inputs.md#header-anywhere). */
export const HEADER_SEARCH_ROWS = 20;

/** None of the first rows maps a name column. */
export function noHeaderRowIssue(rows: number): Issue {
  return readIssue({ code: 'no-header-row', params: { rows, limit: HEADER_SEARCH_ROWS } });
}

/** Title lines above the header were skipped. */
export function titleLinesNotice(count: number, headerLine: number): Issue {
  return readIssue({ code: 'title-lines', params: { count, headerLine } }, { line: headerLine });
}

/** RVTools says some accepted machines are powered off. */
export function poweredOffNotice(count: number): Issue {
  return readIssue({ code: 'powered-off', params: { count } });
}

/** The Deployment Planner's peaks include its growth factor. */
export function plannerGrowthNotice(): Issue {
  return readIssue({ code: 'planner-growth', params: {} });
}

/** Machines whose churn came from a source other than a churn column, said once per source. */
export function churnSourceNotices(counts: { writeThroughput: number; apportioned: number; estimated: number }, totalGB: number): Issue[] {
  const out: Issue[] = [];
  if (counts.writeThroughput > 0) out.push(readIssue({ code: 'churn-write-throughput', params: { count: counts.writeThroughput } }));
  if (counts.apportioned > 0) out.push(readIssue({ code: 'churn-apportioned', params: { count: counts.apportioned, totalGB } }));
  if (counts.estimated > 0) out.push(readIssue({ code: 'churn-estimated', params: { count: counts.estimated } }));
  return out;
}

/** Estimated machines and no daily change rate: `flag` is how the user sets it (`--churn-rate`). */
export function churnRateNeededIssue(count: number, flag: string): Issue {
  return readIssue({ code: 'churn-rate-needed', params: { count, flag } });
}
