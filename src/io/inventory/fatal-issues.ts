/** Issues that stop a read: the file can't be an inventory as it stands. */

import type { Issue } from '../../core/result';
import { clipValue, grouped, MESSAGE_LIST_ITEMS, quotedList } from '../limits';
import type { Delimiter } from './delimiter';
import { FIELD_ALIASES } from './fields';
import { suspiciousPercent, type TextSniff } from './sniff';

/** The text has no non-blank line. */
export function emptyIssue(): Issue {
  return {
    code: 'empty',
    message: 'The file is empty (or has only blank lines). Export the inventory with a header row and one row per machine.',
  };
}

/** The text is binary data rather than CSV. */
export function notCsvIssue(sniff: TextSniff): Issue {
  return {
    code: 'not-csv',
    message:
      `This does not look like CSV text: ${suspiciousPercent(sniff)} % of the first characters are control or undecodable characters. ` +
      'Export the inventory as CSV (UTF-8); Excel workbooks must be saved as CSV first.',
    params: { percent: suspiciousPercent(sniff) },
  };
}

/** No header names the machine. */
export function noNameColumnIssue(headers: readonly string[], delimiter: Delimiter): Issue {
  const hint = delimiterHint(headers, delimiter);
  return {
    code: 'no-name-column',
    message: (
      `No column holds the machine name. Headers found: ${quoteList(headers)}. ${hint.text}` +
      (hint.params.suggested
        ? ''
        : `A name column is recognised by any of: ${FIELD_ALIASES.name.join(', ')}. Rename the header or map the column yourself.`)
    ).trimEnd(),
    params: { headers: headerParam(headers), ...hint.params },
  };
}

/** No header names a churn column. */
export function noChurnColumnIssue(headers: readonly string[], delimiter: Delimiter): Issue {
  const spellings = [...FIELD_ALIASES.dailyChurnGB, ...FIELD_ALIASES.dailyChurnTB, ...FIELD_ALIASES.avgChurnMBps];
  const hint = delimiterHint(headers, delimiter);
  return {
    code: 'no-churn-column',
    message: (
      `No column holds the daily churn. Headers found: ${quoteList(headers)}. ${hint.text}` +
      (hint.params.suggested
        ? ''
        : `A churn column is recognised by any of: ${spellings.join(', ')}. Rename the header or map the column yourself.`)
    ).trimEnd(),
    params: { headers: headerParam(headers), ...hint.params },
  };
}

/** A header and nothing else: an empty plan would look like a plan, so it is refused. */
export function noDataRowsIssue(headerLine: number): Issue {
  return {
    code: 'no-data-rows',
    message:
      `The file has a header but no machine rows: after the header on line ${headerLine} there are only blank lines. ` +
      'Add one row per machine under the header (its name and daily churn), or check that this is the right file.',
    line: headerLine,
    params: { headerLine },
  };
}

/** More data rows than the planner reads; reading stopped at `line`. */
export function tooManyRowsIssue(limit: number, line: number): Issue {
  return {
    code: 'too-many-rows',
    message:
      `The file has more than ${grouped(limit)} machine rows, the most the planner reads; reading stopped at line ${grouped(line)}. ` +
      'Split the inventory by site (one file per site) and plan each file.',
    line,
    params: { limit, line },
  };
}

/** The header record opens a quote that never closes, so the whole file became one header cell. */
export function unclosedHeaderQuoteIssue(line: number): Issue {
  return {
    code: 'unclosed-quote',
    message:
      `The header on line ${line} opens a quoted field that is never closed, so the rest of the file was read as one column name. ` +
      'Close the quote (and double any quote inside it), then load the file again.',
    line,
    params: { line },
  };
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/**
 * A header read as a single column usually means the wrong delimiter: say which one was used and
 * which one the header seems to use. '|' is named but not offered: the reader doesn't split on it.
 * When another delimiter is in sight, the list of header spellings is left out: it is not the fix.
 */
function delimiterHint(headers: readonly string[], used: Delimiter): { text: string; params: Record<string, string> } {
  const only = headers.length === 1 ? (headers[0] ?? '') : '';
  if (only === '') return { text: '', params: {} };
  const lead = `The header was read as one column split on '${shown(used)}' (${DELIMITER_NAMES[used]}), `;
  const other = ([',', ';', '\t'] as const).find((d) => d !== used && only.includes(d));
  if (other !== undefined) {
    const name = DELIMITER_NAMES[other]!;
    return {
      text: `${lead}but it contains '${shown(other)}': the file is probably ${name}-delimited. Read it as ${name}-delimited (on the command line: --delimiter ${name}, or leave --delimiter out to detect it). `,
      params: { delimiter: DELIMITER_NAMES[used]!, suggested: name },
    };
  }
  if (only.includes('|')) {
    return {
      text: `${lead}and it contains '|': files delimited with '|' (pipe) are not supported. Save the inventory as CSV with commas, semicolons or tabs. `,
      params: { delimiter: DELIMITER_NAMES[used]!, suggested: 'pipe' },
    };
  }
  return {
    text: `${lead}so if the file uses another delimiter, save it as CSV with commas, semicolons or tabs. `,
    params: { delimiter: DELIMITER_NAMES[used]!, suggested: '' },
  };
}

function shown(d: string): string {
  return d === '\t' ? '\\t' : d;
}

// Headers are quoted in messages cut short and counted past 20: an unclosed quote can make one
// header the whole file, and a 200,000-column header must not make a 2 MB sentence.
const quoteList = quotedList;

function headerParam(headers: readonly string[]): string {
  const shown = headers.slice(0, MESSAGE_LIST_ITEMS).map((h) => clipValue(h));
  return headers.length > MESSAGE_LIST_ITEMS
    ? `${shown.join(', ')}, … (+${grouped(headers.length - MESSAGE_LIST_ITEMS)})`
    : shown.join(', ');
}
