/** Turning one row of the server file into a server observation or a rejection with the reason. */

import type { ServerObservation } from '../../core/deployment';
import { serverKey } from '../../core/rebalance';
import type { DecimalMark } from '../inventory';
import { explainProblem } from '../inventory/reject-messages';
import type { ServerColumnMapping, ServerField } from './fields';
import { parseMinutes, parsePercent, parseRole, parseServices, parseSizeGB, parseVcpu, type CellProblem } from './values';

/** Why a server row was rejected. */
type ServerRejectCode = 'name-empty' | 'duplicate-name' | 'bad-number' | 'out-of-range' | 'bad-role';

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
  private readonly firstLine = new Map<string, number>();

  constructor(
    private readonly headers: readonly string[],
    private readonly mapping: ServerColumnMapping,
    private readonly mark: DecimalMark,
  ) {}

  /** Reads one non-blank data row that starts on `line`. */
  read(row: readonly string[], line: number): void {
    const cell = (f: ServerField) => (this.mapping[f] === undefined ? '' : (row[this.mapping[f]!] ?? ''));
    const name = cell('name').trim();
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
      return this.reject(line, 'role', cell('role'), role.code, `'${this.header('role')}' is '${cell('role')}' for '${name}'. ${role.why}`);
    const server: ServerObservation = { name, site: cell('site').trim(), line };
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
        `'${this.header('name')}' is '${server.name}', a server already listed on line ${first} (names are compared ignoring case, as host names are). List each server once.`,
      );
    }
    this.firstLine.set(key, server.line ?? 0);
    this.servers.push(server);
  }

  private numberMessage(field: ServerField, name: string, raw: string, p: CellProblem): string {
    const why =
      p.problem !== undefined
        ? explainProblem(p.problem, raw, this.mark, field === 'memoryGB' || field === 'cacheGB' ? 'size' : 'count')
        : p.why;
    return `'${this.header(field)}' is '${raw}' for '${name}', which is not a valid value. ${why} Clear the cell if the figure is unknown.`;
  }

  private reject(line: number, field: ServerField, value: string, code: ServerRejectCode, message: string): void {
    this.rejected.push({ line, column: this.header(field), value, message, code });
  }

  private header(field: ServerField): string {
    const col = this.mapping[field];
    return col === undefined ? field : (this.headers[col] ?? `column ${col + 1}`);
  }
}
