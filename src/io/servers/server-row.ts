/** Turning one row of the server file into a server observation or a rejection with the reason. */

import type { ServerObservation } from '../../core/deployment';
import { serverKey } from '../../core/rebalance';
import type { DecimalMark } from '../inventory';
import type { RejectPlace, ServerRejectWhy } from '../../core/reject';
import { SiteNames, writtenUnit } from '../inventory';
import { clipValue as q } from '../limits';
import { hasControlChars } from '../../i18n/visible-text';
import type { ServerColumnMapping, ServerField } from './fields';
import { parseMinutes, parsePercent, parseRole, parseServices, parseSizeGB, parseVcpu, type FigureProblem } from './values';

/** Why a server row was rejected. */
export type ServerRejectCode = ServerRejectWhy['code'];

/** A data row that is not a server, with where (the value cut short) and why. */
export type RejectedServerRow = RejectPlace & ServerRejectWhy;

type NumericField = 'vcpu' | 'memoryGB' | 'cacheGB' | 'cpuPercent' | 'memoryPercent' | 'cacheFreePercent' | 'minutesSinceHeartbeat';

const NUMERIC: readonly [NumericField, (raw: string, mark: DecimalMark) => number | FigureProblem][] = [
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
    if (hasControlChars(name)) return this.reject(line, 'name', cell('name'), { code: 'name-control-chars', params: { name } });
    if (name === '') return this.reject(line, 'name', cell('name'), { code: 'name-empty', params: {} });
    const role = parseRole(cell('role'));
    if (typeof role === 'object') return this.reject(line, 'role', cell('role'), { code: 'bad-role', params: { name } });
    const server: ServerObservation = { name, site: this.sites.canonical(cell('site').trim()), line };
    if (role !== undefined) server.role = role;
    for (const [field, parse] of NUMERIC) {
      const raw = cell(field);
      if (this.mapping[field] === undefined || raw.trim() === '') continue; // empty = not measured, never 0
      const v = parse(raw, this.mark);
      if (typeof v === 'object') return this.reject(line, field, raw, this.numberWhy(field, name, raw, v));
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
      return this.reject(server.line ?? 0, 'name', rawName, { code: 'duplicate-name', params: { name: server.name, firstLine: first } });
    }
    this.firstLine.set(key, server.line ?? 0);
    this.servers.push(server);
  }

  private numberWhy(field: ServerField, name: string, raw: string, p: FigureProblem): ServerRejectWhy {
    if (p.code === 'out-of-range') return { code: 'out-of-range', params: { name, rule: p.rule } };
    const kind = field === 'memoryGB' || field === 'cacheGB' ? 'size' : 'count';
    return { code: 'bad-number', params: { name, advice: { problem: p.problem, mark: this.mark, kind, unit: writtenUnit(raw) } } };
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
    this.rejected.push({
      line,
      column: `column ${width + 1}`,
      value: q(value),
      code: 'row-shape',
      params: { cells: row.length, width, delimiter: this.delimiter },
    });
    return true;
  }

  private reject(line: number, field: ServerField, value: string, why: ServerRejectWhy): void {
    // Cut short as the inventory's are: the page shows the value in a cell and sends it between threads.
    this.rejected.push({ line, column: this.header(field), value: q(value), ...why });
  }

  private header(field: ServerField): string {
    const col = this.mapping[field];
    return q(col === undefined ? field : (this.headers[col] ?? `column ${col + 1}`));
  }
}
