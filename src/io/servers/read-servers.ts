/** The entry point: process-server CSV text → servers, rejected rows and notices. */

import Papa from 'papaparse';
import type { ServerObservation } from '../../core/deployment';
import { fail, ok, type Issue, type Result } from '../../core/result';
import {
  decimalMarkFor,
  detectDelimiter,
  type DecimalMark,
  type Delimiter,
  createLineCounter,
  unifyLineBreaks,
  looksBinary,
  sniffText,
  suspiciousPercent,
} from '../inventory';
import { matchServerHeaders, SERVER_FIELD_ALIASES, type ServerColumnMapping } from './fields';
import { ServerRowReader, type RejectedServerRow } from './server-row';
import { clipValue as q, quotedList } from '../limits';

const MAX_DUPLICATE_NOTICES = 10;

/** How to read a server file; detected when absent. */
interface ServerReadOptions {
  delimiter?: Delimiter;
  decimalMark?: DecimalMark;
}

/** Everything `readServers` reports on success. */
export interface ServersRead {
  servers: ServerObservation[];
  rejected: RejectedServerRow[];
  /** Non-blank data rows; always `servers.length + rejected.length`. */
  dataRows: number;
  headers: string[];
  delimiter: Delimiter;
  decimalMark: DecimalMark;
  mapping: ServerColumnMapping;
  notices: Issue[];
}

const BLANK = /^[\s,;]*$/;

/**
 * Reads a process-server file with the inventory's rules: delimiter and decimal mark detected
 * the same way, header aliases, row-level rejections with line numbers, nothing dropped silently.
 * Fails only when the text can't be a server file (empty, binary, no name column).
 */
export function readServers(text: string, options: ServerReadOptions = {}): Result<ServersRead> {
  const { text: body, newline } = unifyLineBreaks(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const sniff = sniffText(body);
  if (looksBinary(sniff))
    return fail({
      code: 'not-csv',
      message: `This does not look like CSV text: ${suspiciousPercent(sniff)} % of the first characters are control or undecodable characters. Export the server list as CSV (UTF-8).`,
    });
  const guess = detectDelimiter(body);
  const delimiter = options.delimiter ?? guess.delimiter;
  const mark = options.decimalMark ?? decimalMarkFor(delimiter);
  const lineAt = createLineCounter(body);
  const records: { row: string[]; line: number }[] = [];
  let cursor = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    newline,
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
    step: (r) => {
      const start = cursor;
      cursor = r.meta.cursor;
      if (start === 0 && guess.hasSepLine) return;
      if (!r.data.every((c) => BLANK.test(c))) records.push({ row: r.data, line: lineAt(start) });
    },
  });
  const head = records.shift();
  if (!head)
    return fail({
      code: 'empty',
      message: 'The server file is empty (or has only blank lines). Give a header row and one row per process server.',
    });
  const headers = head.row.map((h) => h.trim());
  const { mapping, duplicates } = matchServerHeaders(headers);
  if (mapping.name === undefined) return fail(noNameIssue(headers));
  const reader = new ServerRowReader(headers, mapping, mark, delimiter);
  // One notice per duplicated column, but never thousands: a 200,000-column header is not a list to read.
  const notices: Issue[] = duplicates.slice(0, MAX_DUPLICATE_NOTICES).map((d) => ({
    code: 'duplicate-header',
    message: `Columns ${d.first + 1} ('${q(headers[d.first] ?? '')}') and ${d.later + 1} ('${q(headers[d.later] ?? '')}') are both '${d.field}'; using column ${d.first + 1}.`,
    column: q(headers[d.later] ?? ''),
  }));
  for (const { row, line } of records) reader.read(row, line);
  if (reader.ragged > 0) notices.push(raggedNotice(reader.firstRaggedLine));
  return ok({
    servers: reader.servers,
    rejected: reader.rejected,
    dataRows: records.length,
    headers,
    delimiter,
    decimalMark: mark,
    mapping,
    notices,
  });
}

function noNameIssue(headers: readonly string[]): Issue {
  return {
    code: 'no-name-column',
    message: `No column of the server file holds the server name. Headers found: ${quotedList(headers)}. A name column is recognised by any of: ${SERVER_FIELD_ALIASES.name.join(', ')}.`,
  };
}

// Short rows read as empty cells; rows with surplus values are rejected (row-shape) by the reader.
function raggedNotice(line: number): Issue {
  return {
    code: 'ragged-rows',
    message: `Row(s) of the server file have fewer cells than the header, or blank cells beyond it (the first on line ${line}). Missing cells were read as empty and blank surplus cells ignored.`,
    line,
  };
}
