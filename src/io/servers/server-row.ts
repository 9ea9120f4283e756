/** Turning one row of the server file into a server observation or a rejection with the reason. */

import type { ServerObservation } from '../../core/deployment';
import { serverKey } from '../../core/rebalance';
import type { DecimalMark } from '../inventory';
import { explainProblem, rowShapeText } from '../../i18n/messages/reject.en';
import { SiteNames, writtenUnit } from '../inventory';
import { clipValue as q } from '../limits';
import { hasControlChars, visibleControls } from '../../i18n/visible-text';
import type { ServerColumnMapping, ServerField } from './fields';
import { parseMinutes, parsePercent, parseRole, parseServices, parseSizeGB, parseVcpu, type CellProblem } from './values';

/** Why a server row was rejected. */
export type ServerRejectCode =
  'name-empty' | 'duplicate-name' | 'bad-number' | 'out-of-range' | 'bad-role' | 'row-shape' | 'name-control-chars';

/** A data row that is not a server, with where and why. */
export interface RejectedServerRow {
  /** 1-based line number in the file (header = line 1). */
  line: number;
  column: string;
  value: string;
  message: string;
  code: ServerRejectCode;
}

type NumericField = 'vcpu' | 'memoryGB' | 'cacheGB' | 'cpuPercent' | 'memoryPercent' | 'cacheFreePercent' | 'minutesSinceHeartbeat';

const NUMERIC: readonly [NumericField, (raw: string, mark: DecimalMark) => number | CellProblem][] = [
  ['vcpu', parseVcpu],
  ['memoryGB', parseSizeGB],
  ['cacheGB', parseSizeGB],
  ['cpuPercent', parsePercent],
  ['memoryPercent', parsePercent],
  ['cacheFreePercent', parsePercent],
  ['minutesSinceHeartbeat', parseMinutes],
];

/** Reads rows in file order, collecting servers and rejections. */
export class ServerRowReader {
  readonly servers: ServerObservation[] = [];
  readonly rejected: RejectedServerRow[] = [];
  /** Rows read with a different cell count than the header (short, or with blank surplus cells). */
  ragged = 0;
  firstRaggedLine = 0;
  private readonly firstLine = new Map<string, number>();
  private readonly sites = new SiteNames();

  constructor(
    private readonly headers: readonly string[],
    private readonly mapping: ServerColumnMapping,
    private readonly mark: DecimalMark,
    private readonly delimiter: string,
  ) {}

  /** Reads one non-blank data row that starts on `line`. */
  read(row: readonly string[], line: number): void {
    if (row.length !== this.headers.length) {
      if (row.length > this.headers.length && this.rejectShape(row, line)) return;
      if (this.ragged++ === 0) this.firstRaggedLine = line;
    }
    const cell = (f: ServerField) => (this.mapping[f] === undefined ? '' : (row[this.mapping[f]!] ?? ''));
    const name = cell('name').trim();
    if (hasControlChars(name))
      return this.reject(
        line,
        'name',
        cell('name'),
        'name-control-chars',
        `The name in '${this.header('name')}' ('${q(visibleControls(name))}') contains a line break or a control character, which no server name has. Check the quoting and correct the name.`,
      );
    if (name === '')
      return this.reject(
        line,
        'name',
        cell('name'),
        'name-empty',
        `The name column '${this.header('name')}' is empty; every server needs a name. Fill it in or delete the row.`,
      );
    const role = parseRole(cell('role'));
    if (typeof role === 'object')
      return this.reject(
        line,
        'role',
        cell('role'),
        role.code,
        `'${this.header('role')}' is '${q(cell('role'))}' for '${q(name)}'. ${role.why}`,
      );
    const server: ServerObservation = { name, site: this.sites.canonical(cell('site').trim()), line };
    if (role !== undefined) server.role = role;
    for (const [field, parse] of NUMERIC) {
      const raw = cell(field);
      if (this.mapping[field] === undefined || raw.trim() === '') continue; // empty = not measured, never 0
      const v = parse(raw, this.mark);
      if (typeof v === 'object') return this.reject(line, field, raw, v.code, this.numberMessage(field, name, raw, v));
      server[field] = v;
    }
    if (this.mapping.servicesDown !== undefined) server.servicesDown = parseServices(cell('servicesDown'));
    const version = cell('version').trim();
    if (version !== '') server.version = version;
    this.accept(server, cell('name'));
  }

  private accept(server: ServerObservation, rawName: string): void {
    const key = serverKey(server.name);
    const first = this.firstLine.get(key);
    if (first !== undefined) {
      return this.reject(
        server.line ?? 0,
        'name',
        rawName,
        'duplicate-name',
        `'${this.header('name')}' is '${q(server.name)}', a server already listed on line ${first} (names are compared ignoring case, as host names are). List each server once.`,
      );
    }
    this.firstLine.set(key, server.line ?? 0);
    this.servers.push(server);
  }

  private numberMessage(field: ServerField, name: string, raw: string, p: CellProblem): string {
    const why =
      p.problem !== undefined
        ? explainProblem(
            {
              problem: p.problem,
              mark: this.mark,
              kind: field === 'memoryGB' || field === 'cacheGB' ? 'size' : 'count',
              unit: writtenUnit(raw),
            },
            raw,
          )
        : p.why;
    return `'${this.header(field)}' is '${q(raw)}' for '${q(name)}', which is not a valid value. ${why} Clear the cell if the figure is unknown.`;
  }

  /**
   * As in the inventory: surplus cells that are not blank mean an unquoted delimiter inside a value
   * (`95,5` in a comma file) moved every later cell, so the row is rejected. True when rejected.
   */
  private rejectShape(row: readonly string[], line: number): boolean {
    const width = this.headers.length;
    const surplus = row.slice(width);
    if (surplus.every((c) => c.trim() === '')) return false;
    const value = surplus.join(this.delimiter);
    const services = this.delimiter === ';' ? ' In a semicolon-delimited file, separate services with | or quote the list.' : '';
    this.rejected.push({
      line,
      column: `column ${width + 1}`,
      value: q(value),
      message: rowShapeText(row.length, width, value, this.delimiter) + services,
      code: 'row-shape',
    });
    return true;
  }

  private reject(line: number, field: ServerField, value: string, code: ServerRejectCode, message: string): void {
    // Cut short as the inventory's are: the page shows the value in a cell and sends it between threads.
    this.rejected.push({ line, column: this.header(field), value: q(value), message, code });
  }

  private header(field: ServerField): string {
    const col = this.mapping[field];
    return q(col === undefined ? field : (this.headers[col] ?? `column ${col + 1}`));
  }
}
