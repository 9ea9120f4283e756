/** The entry point: process-server CSV text → servers, rejected rows and notices. */

import Papa from 'papaparse';
import type { ServerObservation } from '../../core/deployment';
import { fail, ok, type Issue, type Result } from '../../core/result';
import { runningIssue } from '../../i18n/running-issue-text';
import {
  decimalMarkFor,
  detectDelimiter,
  type DecimalMark,
  type Delimiter,
  createLineCounter,
  csvDialect,
  unifyLineBreaks,
  looksBinary,
  sniffText,
  suspiciousPercent,
} from '../inventory';
import { matchServerHeaders, SERVER_FIELD_ALIASES, type ServerColumnMapping } from './fields';
import { ServerRowReader, type RejectedServerRow } from './server-row';
import { clipValue as q } from '../limits';

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
  if (looksBinary(sniff)) return fail(runningIssue({ code: 'not-csv', params: { percent: suspiciousPercent(sniff) } }));
  const guess = detectDelimiter(body);
  const delimiter = options.delimiter ?? guess.delimiter;
  const mark = options.decimalMark ?? decimalMarkFor(delimiter);
  const lineAt = createLineCounter(body);
  const records: { row: string[]; line: number }[] = [];
  let cursor = 0;
  Papa.parse<string[]>(body, {
    ...csvDialect(delimiter, newline),
    step: (r) => {
      const start = cursor;
      cursor = r.meta.cursor;
      if (start === 0 && guess.hasSepLine) return;
      if (!r.data.every((c) => BLANK.test(c))) records.push({ row: r.data, line: lineAt(start) });
    },
  });
  const head = records.shift();
  if (!head) return fail(runningIssue({ code: 'empty', params: {} }));
  const headers = head.row.map((h) => h.trim());
  const { mapping, duplicates } = matchServerHeaders(headers);
  if (mapping.name === undefined)
    return fail(runningIssue({ code: 'no-name-column', params: { headers, aliases: SERVER_FIELD_ALIASES.name } }));
  const reader = new ServerRowReader(headers, mapping, mark, delimiter);
  // One notice per duplicated column, but never thousands: a 200,000-column header is not a list to read.
  const notices: Issue[] = duplicates.slice(0, MAX_DUPLICATE_NOTICES).map((d) => {
    const params = {
      first: d.first + 1,
      firstHeader: headers[d.first] ?? '',
      later: d.later + 1,
      column: headers[d.later] ?? '',
      field: d.field,
    };
    return { ...runningIssue({ code: 'duplicate-header', params }), column: q(params.column) };
  });
  for (const { row, line } of records) reader.read(row, line);
  // Short rows read as empty cells; rows with surplus values are rejected (row-shape) by the reader.
  if (reader.ragged > 0) notices.push(runningIssue({ code: 'ragged-rows', params: { line: reader.firstRaggedLine } }));
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
