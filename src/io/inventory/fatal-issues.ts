/** Issues that stop a read: the file can't be an inventory as it stands. */

import type { Issue } from '../../core/result';
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
export function noNameColumnIssue(headers: readonly string[]): Issue {
  return {
    code: 'no-name-column',
    message:
      `No column holds the machine name. Headers found: ${quoteList(headers)}. ` +
      `A name column is recognised by any of: ${FIELD_ALIASES.name.join(', ')}. Rename the header or map the column yourself.`,
    params: { headers: headers.join(', ') },
  };
}

/** No header names a churn column. */
export function noChurnColumnIssue(headers: readonly string[]): Issue {
  const spellings = [...FIELD_ALIASES.dailyChurnGB, ...FIELD_ALIASES.dailyChurnTB, ...FIELD_ALIASES.avgChurnMBps];
  return {
    code: 'no-churn-column',
    message:
      `No column holds the daily churn. Headers found: ${quoteList(headers)}. ` +
      `A churn column is recognised by any of: ${spellings.join(', ')}. Rename the header or map the column yourself.`,
    params: { headers: headers.join(', ') },
  };
}

function quoteList(items: readonly string[]): string {
  return items.length === 0 ? '(none)' : items.map((h) => `'${h}'`).join(', ');
}
