/** Turning one data row into a machine or a rejection (SIZING §7). */

import type { Machine, RejectCode, RejectedRow } from '../../core/model';
import type { ChurnField, ColumnMapping } from './fields';
import type { DecimalMark, NumberProblem } from './numbers';
import { parseQuantity, type QuantityKind, type Unit } from './quantity';
import {
  badNumberMessage, churnMissingMessage, churnNegativeMessage, churnNotFiniteMessage,
  churnNotNumberMessage, duplicateNameMessage, explainProblem, nameEmptyMessage,
} from './reject-messages';

type NumericField = 'peakChurnMBps' | 'disks' | 'provisionedGB' | 'usedGB';

interface NumericColumn {
  field: NumericField;
  col: number;
  kind: QuantityKind;
  unit: Unit;
}

/** Column positions resolved once per file, so the per-row path only indexes arrays. */
export interface RowLayout {
  headers: readonly string[];
  mark: DecimalMark;
  name: number;
  churn: number;
  churnUnit: Unit;
  site: number;
  group: number;
  os: number;
  processServer: number;
  numbers: NumericColumn[];
  extra: number[];
}

const CHURN_UNIT: Record<ChurnField, Unit> = { dailyChurnGB: 'GB/day', dailyChurnTB: 'TB/day', avgChurnMBps: 'MB/s' };

const NUMERIC: readonly Omit<NumericColumn, 'col'>[] = [
  { field: 'peakChurnMBps', kind: 'rate', unit: 'MB/s' },
  { field: 'disks', kind: 'count', unit: 'GB' },
  { field: 'provisionedGB', kind: 'size', unit: 'GB' },
  { field: 'usedGB', kind: 'size', unit: 'GB' },
];

/** Resolves a mapping (which must have name and `churnField`) into a row layout. */
export function buildLayout(
  headers: readonly string[],
  mapping: ColumnMapping,
  churnField: ChurnField,
  extra: number[],
  mark: DecimalMark,
): RowLayout {
  const at = (col: number | undefined): number => col ?? -1;
  return {
    headers, mark, extra,
    name: at(mapping.name),
    churn: at(mapping[churnField]),
    churnUnit: CHURN_UNIT[churnField],
    site: at(mapping.site),
    group: at(mapping.group),
    os: at(mapping.os),
    processServer: at(mapping.processServer),
    numbers: NUMERIC.filter((n) => at(mapping[n.field]) >= 0).map((n) => ({ ...n, col: at(mapping[n.field]) })),
  };
}

/** Reads rows in file order, collecting machines and rejections. */
export class RowReader {
  readonly machines: Machine[] = [];
  readonly rejected: RejectedRow[] = [];
  // Site → normalised name → line of the first accepted machine with it. Nested maps avoid
  // building a combined key string per row.
  private readonly firstLine = new Map<string, Map<string, number>>();

  constructor(private readonly layout: RowLayout) {}

  /** Reads one non-blank data row that starts on `line`. */
  read(row: readonly string[], line: number): void {
    const L = this.layout;
    const rawName = row[L.name] ?? '';
    const name = rawName.trim();
    if (name === '') return this.reject(line, L.name, rawName, 'name-empty', nameEmptyMessage(this.header(L.name)));
    const rawChurn = row[L.churn] ?? '';
    const churn = parseQuantity(rawChurn, L.mark, 'churn', L.churnUnit);
    if (typeof churn !== 'number' || churn < 0) return this.rejectChurn(line, name, rawChurn, churn);
    const machine: Machine = { name, dailyChurnGB: churn, site: text(row, L.site), group: text(row, L.group), line };
    if (!this.readNumbers(row, line, machine)) return;
    if (L.os >= 0) setText(machine, 'os', row[L.os]);
    if (L.processServer >= 0) setText(machine, 'processServer', row[L.processServer]);
    if (L.extra.length > 0) machine.extra = L.extra.map((c) => row[c] ?? '');
    this.accept(machine, rawName);
  }

  private accept(machine: Machine, rawName: string): void {
    let names = this.firstLine.get(machine.site);
    if (names === undefined) this.firstLine.set(machine.site, (names = new Map()));
    const key = nameKey(machine.name);
    const first = names.get(key);
    if (first !== undefined) {
      const message = duplicateNameMessage(this.header(this.layout.name), machine.name, machine.site, first);
      return this.reject(machine.line ?? 0, this.layout.name, rawName, 'duplicate-name', message);
    }
    names.set(key, machine.line ?? 0);
    this.machines.push(machine);
  }

  /** Sets the optional numeric fields; false (after rejecting the row) when one is unusable. */
  private readNumbers(row: readonly string[], line: number, machine: Machine): boolean {
    const L = this.layout;
    for (const n of L.numbers) {
      const raw = row[n.col] ?? '';
      if (raw.length === 0 || raw.trim() === '') continue; // optional: empty means unknown
      const value = parseQuantity(raw, L.mark, n.kind, n.unit);
      if (typeof value === 'number' && value >= 0) {
        machine[n.field] = value;
        continue;
      }
      const why = typeof value === 'number' ? "It can't be negative." : explainProblem(value, raw, L.mark, n.kind);
      this.reject(line, n.col, raw, 'bad-number', badNumberMessage(this.header(n.col), machine.name, raw, why));
      return false;
    }
    return true;
  }

  private rejectChurn(line: number, name: string, raw: string, churn: number | NumberProblem): void {
    const col = this.layout.churn;
    const h = this.header(col);
    if (typeof churn === 'number') return this.reject(line, col, raw, 'churn-negative', churnNegativeMessage(h, name, raw));
    if (churn === 'empty') return this.reject(line, col, raw, 'churn-missing', churnMissingMessage(h, name));
    if (churn === 'not-finite') return this.reject(line, col, raw, 'churn-not-finite', churnNotFiniteMessage(h, name, raw));
    const why = explainProblem(churn, raw, this.layout.mark, 'churn');
    this.reject(line, col, raw, 'churn-not-number', churnNotNumberMessage(h, name, raw, why));
  }

  private reject(line: number, col: number, value: string, code: RejectCode, message: string): void {
    this.rejected.push({ line, column: this.header(col), value, message, code });
  }

  private header(col: number): string {
    return this.layout.headers[col] ?? `column ${col + 1}`;
  }
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** Hostnames compare case-insensitively; NFC makes composed and decomposed Hangul equal. */
export function nameKey(name: string): string {
  // NFC is a no-op on ASCII, and skipping it there is most of the per-row cost of this check.
  return (NON_ASCII.test(name) ? name.normalize('NFC') : name).toLowerCase();
}

function text(row: readonly string[], col: number): string {
  return col < 0 ? '' : (row[col] ?? '').trim();
}

function setText(machine: Machine, field: 'os' | 'processServer', raw: string | undefined): void {
  const value = raw?.trim() ?? '';
  if (value !== '') machine[field] = value;
}
