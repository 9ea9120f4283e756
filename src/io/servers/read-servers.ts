/** The entry point: process-server CSV text → servers, rejected rows and notices. */

import Papa from 'papaparse';
import type { ServerObservation } from '../../core/deployment';
import { fail, ok, type Issue, type Result } from '../../core/result';
import { decimalMarkFor, detectDelimiter, type DecimalMark, type Delimiter } from '../inventory';
import { createLineCounter } from '../inventory/line-index';
import { looksBinary, sniffText, suspiciousPercent } from '../inventory/sniff';
import { matchServerHeaders, SERVER_FIELD_ALIASES, type ServerColumnMapping } from './fields';
import { ServerRowReader, type RejectedServerRow } from './server-row';

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
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
  const reader = new ServerRowReader(headers, mapping, mark);
  const notices: Issue[] = duplicates.map((d) => ({
    code: 'duplicate-header',
    message: `Columns ${d.first + 1} ('${headers[d.first]}') and ${d.later + 1} ('${headers[d.later]}') are both '${d.field}'; using column ${d.first + 1}.`,
    column: headers[d.later] ?? '',
  }));
  let ragged = 0;
  for (const { row, line } of records) {
    if (row.length !== headers.length && ragged++ === 0) notices.push(raggedNotice(line));
    reader.read(row, line);
  }
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
  const found = headers.length ? headers.map((h) => `'${h}'`).join(', ') : '(none)';
  return {
    code: 'no-name-column',
    message: `No column of the server file holds the server name. Headers found: ${found}. A name column is recognised by any of: ${SERVER_FIELD_ALIASES.name.join(', ')}.`,
  };
}

// In a semicolon file, an unquoted "svc1;svc2" list splits the row: the list separator there is |.
function raggedNotice(line: number): Issue {
  return {
    code: 'ragged-rows',
    message: `Row(s) of the server file have a different number of cells than the header (the first on line ${line}). Missing cells were read as empty and surplus cells ignored; in a semicolon-delimited file, separate services with | or quote the list.`,
    line,
  };
}
