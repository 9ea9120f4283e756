/** Issues that stop a read: the file can't be an inventory as it stands. */

import type { Issue } from '../../core/result';
import type { DelimiterName, HeaderFound } from '../../i18n/read-issue';
import { readIssue } from '../../i18n/read-issue-text';
import { clipValue, MESSAGE_LIST_ITEMS } from '../limits';
import type { Delimiter } from './delimiter';
import { FIELD_ALIASES } from './fields';
import { suspiciousPercent, type TextSniff } from './sniff';

/** The text has no non-blank line. */
export function emptyIssue(): Issue {
  return readIssue({ code: 'empty', params: {} });
}

/** The text is binary data rather than CSV. */
export function notCsvIssue(sniff: TextSniff): Issue {
  return readIssue({ code: 'not-csv', params: { percent: suspiciousPercent(sniff) } });
}

/** No header names the machine. */
export function noNameColumnIssue(headers: readonly string[], delimiter: Delimiter): Issue {
  return readIssue({ code: 'no-name-column', params: { ...headerFound(headers, delimiter), aliases: FIELD_ALIASES.name } });
}

/** No header names a churn column. */
export function noChurnColumnIssue(headers: readonly string[], delimiter: Delimiter): Issue {
  const aliases = [...FIELD_ALIASES.dailyChurnGB, ...FIELD_ALIASES.dailyChurnTB, ...FIELD_ALIASES.avgChurnMBps];
  return readIssue({ code: 'no-churn-column', params: { ...headerFound(headers, delimiter), aliases } });
}

/** A header and nothing else: an empty plan would look like a plan, so it is refused. */
export function noDataRowsIssue(headerLine: number): Issue {
  return readIssue({ code: 'no-data-rows', params: { headerLine } }, { line: headerLine });
}

/** More data rows than the planner reads; reading stopped at `line`. */
export function tooManyRowsIssue(limit: number, line: number): Issue {
  return readIssue({ code: 'too-many-rows', params: { limit, line } }, { line });
}

/** The header record opens a quote that never closes, so the whole file became one header cell. */
export function unclosedHeaderQuoteIssue(line: number): Issue {
  return readIssue({ code: 'unclosed-quote', params: { line } }, { line });
}

const DELIMITER_NAMES: Record<Delimiter | '|', DelimiterName> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/**
 * The header for a sentence, and what a header read as a single column says about the delimiter
 * (usually the wrong one): the one used and the one the header seems to use. '|' is named but not
 * offered: the reader doesn't split on it. Headers are cut short and counted past 20: an unclosed
 * quote can make one header the whole file, and a 200,000-column header must not make a 2 MB sentence.
 */
function headerFound(headers: readonly string[], used: Delimiter): HeaderFound {
  const found: HeaderFound = { headers: headers.slice(0, MESSAGE_LIST_ITEMS).map((h) => clipValue(h)), headerCount: headers.length };
  const only = headers.length === 1 ? (headers[0] ?? '') : '';
  if (only === '') return found;
  const other = ([',', ';', '\t'] as const).find((d) => d !== used && only.includes(d));
  const suggested = other !== undefined ? DELIMITER_NAMES[other] : only.includes('|') ? 'pipe' : '';
  return { ...found, delimiter: DELIMITER_NAMES[used], suggested };
}
