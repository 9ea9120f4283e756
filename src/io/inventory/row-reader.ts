/** Turning one data row into a machine or a rejection (docs/inputs.md#rejected-rows). */

import { hostKey } from '../../core/host-name';
import type { Machine, RejectCode, RejectedRow, SkippedRow } from '../../core/model';
import type { ChurnField, ColumnMapping } from './fields';
import type { DecimalMark, NumberProblem } from './numbers';
import { parseQuantity, type QuantityKind, type Unit } from './quantity';
import {
  badNumberMessage,
  churnMissingMessage,
  churnNegativeMessage,
  churnNotFiniteMessage,
  churnNotNumberMessage,
  churnTooLargeMessage,
  churnUnitAmbiguousMessage,
  duplicateNameMessage,
  explainProblem,
  nameControlMessage,
  nameEmptyMessage,
  nameTooLongMessage,
  rowShapeMessage,
  unclosedQuoteMessage,
} from './reject-messages';
import { clipValue, MAX_CHURN_GB_PER_DAY, MAX_MACHINE_NAME_CHARS } from '../limits';
import { hasControlChars } from '../visible-text';
import { isSummaryName } from './summary-row';
import { SiteNames } from './site-names';
import { findFormatColumns, isDiskName, isPoweredOff, isTrueCell, type FormatColumns } from './formats/format-columns';
import { templateMessage } from './formats/format-messages';
import { MIB_HEADERS, normalizeHeader } from './fields';
import { mbpsToGBPerDay } from '../../core/units';

/** Column positions resolved once per file (-1 = unmapped), so rows only index arrays. */
interface RowLayout {
  headers: readonly string[];
  delimiter: string;
  mark: DecimalMark;
  name: number;
  churn: number;
  churnUnit: Unit;
  site: number;
  group: number;
  peak: number;
  disks: number;
  provisioned: number;
  used: number;
  os: number;
  processServer: number;
  extra: number[];
  /** Columns of the real files (docs/inputs.md#real-files). */
  formats: FormatColumns;
  /** Factor from a size column's unit to GB (1/1024 for RVTools' MiB). */
  provisionedScale: number;
  usedScale: number;
  /** The Deployment Planner's estate churn is known, so peaks can share it (docs/inputs.md#churn-sources). */
  apportion: boolean;
  /** A row without a measured churn may take it from elsewhere: write throughput, apportioning, used storage. */
  fallback: boolean;
}

/** How a file states its churn besides a churn column, for `buildLayout`. */
export interface LayoutExtras {
  formats: FormatColumns;
  apportion: boolean;
}

const CHURN_UNIT: Record<ChurnField, Unit> = { dailyChurnGB: 'GB/day', dailyChurnTB: 'TB/day', avgChurnMBps: 'MB/s' };

// Returned by `optional` when it has rejected the row; undefined means "cell empty".
const REJECTED = null;

/** Resolves a mapping (which must have name and `churnField`) into a row layout. */
export function buildLayout(
  headers: readonly string[],
  mapping: ColumnMapping,
  churnField: ChurnField | undefined,
  extra: number[],
  mark: DecimalMark,
  delimiter: string,
  extras: LayoutExtras = { formats: findFormatColumns([]), apportion: false },
): RowLayout {
  const at = (col: number | undefined): number => col ?? -1;
  const scale = (col: number | undefined) => (col !== undefined && MIB_HEADERS.has(normalizeHeader(headers[col] ?? '')) ? 1 / 1024 : 1);
  const { formats, apportion } = extras;
  return {
    formats,
    apportion,
    provisionedScale: scale(mapping.provisionedGB),
    usedScale: scale(mapping.usedGB),
    fallback: churnFallbackPossible(mapping, extras),
    headers,
    delimiter,
    mark,
    extra,
    name: at(mapping.name),
    churn: churnField === undefined ? -1 : at(mapping[churnField]),
    churnUnit: CHURN_UNIT[churnField ?? 'dailyChurnGB'],
    site: at(mapping.site),
    group: at(mapping.group),
    peak: at(mapping.peakChurnMBps),
    disks: at(mapping.disks),
    provisioned: at(mapping.provisionedGB),
    used: at(mapping.usedGB),
    os: at(mapping.os),
    processServer: at(mapping.processServer),
  };
}

/** True when rows can get a churn without a churn column (docs/inputs.md#churn-sources). */
export function churnFallbackPossible(mapping: ColumnMapping, extras: LayoutExtras): boolean {
  return (
    extras.formats.writeThroughput.length > 0 || mapping.usedGB !== undefined || (extras.apportion && mapping.peakChurnMBps !== undefined)
  );
}

/** Reads rows in file order, collecting machines, rejections and skipped rows. */
export class RowReader {
  readonly machines: Machine[] = [];
  readonly rejected: RejectedRow[] = [];
  readonly skipped: SkippedRow[] = [];
  /** Rows read with a different cell count than the header (short, or with blank surplus cells). */
  readonly ragged = { count: 0, firstLine: 0 };
  /** Accepted machines that RVTools says are powered off. */
  poweredOff = 0;
  private sawNamedRow = false;
  private readonly sites = new SiteNames();
  // Site → normalised name → line of the first accepted machine with it. Nested maps avoid
  // building a combined key string per row.
  private readonly firstLine = new Map<string, Map<string, number>>();

  constructor(
    private readonly layout: RowLayout,
    private readonly maxNameChars: number = MAX_MACHINE_NAME_CHARS,
  ) {}

  /** Reads one non-blank data row that starts on `line`. */
  read(row: readonly string[], line: number): void {
    const L = this.layout;
    const rawName = row[L.name] ?? '';
    const name = rawName.trim();
    if (isSummaryName(name)) return void this.skipped.push({ line, reason: 'summary-row' });
    if (L.formats.plannerReport && (name === '' ? this.sawNamedRow : isDiskName(name))) {
      return void this.skipped.push({ line, reason: 'disk-row' });
    }
    if (name !== '') this.sawNamedRow = true;
    if (row.length !== L.headers.length) {
      if (row.length > L.headers.length && this.rejectShape(row, line)) return;
      if (this.ragged.count++ === 0) this.ragged.firstLine = line;
    }
    if (name === '') return this.reject(line, L.name, rawName, 'name-empty', nameEmptyMessage(this.header(L.name)));
    if (name.length > this.maxNameChars) {
      return this.reject(line, L.name, rawName, 'name-too-long', nameTooLongMessage(this.header(L.name), name, this.maxNameChars));
    }
    if (hasControlChars(name))
      return this.reject(line, L.name, rawName, 'name-control-chars', nameControlMessage(this.header(L.name), name));
    if (L.formats.template >= 0 && isTrueCell(row[L.formats.template] ?? '')) {
      return this.reject(
        line,
        L.formats.template,
        row[L.formats.template] ?? '',
        'template',
        templateMessage(this.header(L.formats.template), row[L.formats.template] ?? ''),
      );
    }
    const rawChurn = L.churn < 0 ? '' : (row[L.churn] ?? '');
    const measured = !L.fallback || rawChurn.trim() !== '';
    const churn = measured ? parseQuantity(rawChurn, L.mark, 'churn', L.churnUnit) : 0;
    if (typeof churn !== 'number' || churn < 0 || churn > MAX_CHURN_GB_PER_DAY) return this.rejectChurn(line, name, rawChurn, churn);
    const site = L.site < 0 ? '' : this.sites.canonical((row[L.site] ?? '').trim());
    const machine: Machine = { name, dailyChurnGB: churn, site, group: text(row, L.group), line };
    if (!this.readOptional(row, machine)) return;
    if (!measured && !this.fallbackChurn(row, machine)) return;
    if (L.formats.powerState >= 0 && isPoweredOff(row[L.formats.powerState] ?? '')) this.poweredOff++;
    if (L.extra.length > 0) machine.extra = L.extra.map((c) => row[c] ?? '');
    this.accept(machine, rawName);
  }

  /**
   * Rejects a record that opens a quote never closed (it runs from `line` to `lastLine`, the end
   * of the file): its last cell holds the rest of the file, so nothing in it can be trusted.
   */
  rejectUnclosed(row: readonly string[], line: number, lastLine: number): void {
    const col = row.length - 1;
    this.reject(line, col, row[col] ?? '', 'unclosed-quote', unclosedQuoteMessage(this.header(col), line, lastLine));
  }

  /**
   * A row with more cells than the header, the surplus not blank: an unquoted delimiter inside a
   * value (a decimal comma in a comma file) moved every later cell, so no cell can be trusted.
   * Blank surplus cells (trailing delimiters some exports write) are ignored. True when rejected.
   */
  private rejectShape(row: readonly string[], line: number): boolean {
    const width = this.layout.headers.length;
    const surplus = row.slice(width);
    if (surplus.every((c) => c.trim() === '')) return false;
    const message = rowShapeMessage(row.length, width, surplus.join(this.layout.delimiter), this.layout.delimiter);
    this.reject(line, width, surplus.join(this.layout.delimiter), 'row-shape', message);
    return true;
  }

  /**
   * Sets the optional fields present in the row; false (after rejecting it) when a number is
   * unusable. Plain property stores, not `machine[field]`, keep this path monomorphic: it runs
   * for every row and a keyed store measurably slows 100k-row files.
   */
  private readOptional(row: readonly string[], m: Machine): boolean {
    const L = this.layout;
    const peak = L.peak < 0 ? undefined : this.optional(row, L.peak, 'rate', 'MB/s', m);
    if (peak === REJECTED) return false;
    const disks = L.disks < 0 ? undefined : this.optional(row, L.disks, 'count', 'GB', m);
    if (disks === REJECTED) return false;
    const provisioned = L.provisioned < 0 ? undefined : this.optional(row, L.provisioned, 'size', 'GB', m);
    if (provisioned === REJECTED) return false;
    const used = L.used < 0 ? undefined : this.optional(row, L.used, 'size', 'GB', m);
    if (used === REJECTED) return false;
    const diskSum = provisioned === undefined ? this.sumOf(row, L.formats.diskSizes, 'size', 'GB', m) : undefined;
    if (diskSum === REJECTED) return false;
    if (peak !== undefined) m.peakChurnMBps = peak;
    if (disks !== undefined) m.disks = disks;
    if (provisioned !== undefined) m.provisionedGB = provisioned * L.provisionedScale;
    else if (diskSum !== undefined) m.provisionedGB = diskSum;
    if (used !== undefined) m.usedGB = used * L.usedScale;
    const os = text(row, L.os);
    if (os !== '') m.os = os;
    const ps = text(row, L.processServer);
    if (ps !== '') m.processServer = ps;
    return true;
  }

  /**
   * A row without a measured churn (docs/inputs.md#churn-sources): its disks' write throughput,
   * else a share of the Deployment Planner's estate churn, else an estimate from used storage at
   * the daily change rate (worked out when planning, core/churn-rate). False after rejecting it.
   */
  private fallbackChurn(row: readonly string[], m: Machine): boolean {
    const L = this.layout;
    const writes = this.sumOf(row, L.formats.writeThroughput, 'rate', 'MB/s', m);
    if (writes === REJECTED) return false;
    if (writes !== undefined) {
      m.dailyChurnGB = mbpsToGBPerDay(writes);
      m.churnSource = 'write-throughput';
      if (m.dailyChurnGB <= MAX_CHURN_GB_PER_DAY) return true;
      const col = L.formats.writeThroughput[0] ?? 0;
      this.reject(
        m.line ?? 0,
        col,
        String(writes),
        'churn-too-large',
        churnTooLargeMessage(this.header(col), m.name, `${writes} MB/s`, MAX_CHURN_GB_PER_DAY),
      );
      return false;
    }
    if (L.apportion && m.peakChurnMBps !== undefined) m.churnSource = 'apportioned';
    else if (m.usedGB !== undefined) m.churnSource = 'estimated';
    else {
      // Named after the column the churn would have come from: the churn column, else used storage.
      const col = L.churn >= 0 ? L.churn : L.used >= 0 ? L.used : L.name;
      this.reject(m.line ?? 0, col, col === L.name ? '' : (row[col] ?? ''), 'churn-missing', churnMissingMessage(this.header(col), m.name));
      return false;
    }
    return true;
  }

  /** The sum of the non-empty cells of `cols`: undefined when all are empty, REJECTED when one is unusable. */
  private sumOf(row: readonly string[], cols: readonly number[], kind: QuantityKind, unit: Unit, m: Machine): number | undefined | null {
    let sum: number | undefined;
    for (const col of cols) {
      const v = this.optional(row, col, kind, unit, m);
      if (v === REJECTED) return REJECTED;
      if (v !== undefined) sum = (sum ?? 0) + v;
    }
    return sum;
  }

  /**
   * Shares `totalGB` (the Deployment Planner's observed estate churn per day) over the machines
   * marked apportioned, in proportion to their peak churn (equally if every peak is 0).
   */
  apportion(totalGB: number): void {
    const shared = this.machines.filter((m) => m.churnSource === 'apportioned');
    const peaks = shared.reduce((s, m) => s + (m.peakChurnMBps ?? 0), 0);
    for (const m of shared) m.dailyChurnGB = peaks > 0 ? (totalGB * (m.peakChurnMBps ?? 0)) / peaks : totalGB / shared.length;
  }

  /** An optional number: undefined when empty, REJECTED (row rejected) when unusable. */
  private optional(row: readonly string[], col: number, kind: QuantityKind, unit: Unit, m: Machine): number | undefined | null {
    const raw = row[col] ?? '';
    if (raw.length === 0 || raw.trim() === '') return undefined; // optional: empty means unknown
    const value = parseQuantity(raw, this.layout.mark, kind, unit);
    if (typeof value === 'number' && value >= 0) return value;
    const why = typeof value === 'number' ? "It can't be negative." : explainProblem(value, raw, this.layout.mark, kind);
    this.reject(m.line ?? 0, col, raw, 'bad-number', badNumberMessage(this.header(col), m.name, raw, why));
    return REJECTED;
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

  private rejectChurn(line: number, name: string, raw: string, churn: number | NumberProblem): void {
    const col = this.layout.churn;
    const h = this.header(col);
    if (typeof churn === 'number' && churn > MAX_CHURN_GB_PER_DAY) {
      return this.reject(line, col, raw, 'churn-too-large', churnTooLargeMessage(h, name, raw, MAX_CHURN_GB_PER_DAY));
    }
    if (typeof churn === 'number') return this.reject(line, col, raw, 'churn-negative', churnNegativeMessage(h, name, raw));
    if (churn === 'empty') return this.reject(line, col, raw, 'churn-missing', churnMissingMessage(h, name));
    if (churn === 'not-finite') return this.reject(line, col, raw, 'churn-not-finite', churnNotFiniteMessage(h, name, raw));
    if (churn === 'ambiguous-unit') return this.reject(line, col, raw, 'churn-unit-ambiguous', churnUnitAmbiguousMessage(h, name, raw));
    const why = explainProblem(churn, raw, this.layout.mark, 'churn');
    this.reject(line, col, raw, 'churn-not-number', churnNotNumberMessage(h, name, raw, why));
  }

  private reject(line: number, col: number, value: string, code: RejectCode, message: string): void {
    // The value is kept cut short: the page shows it in a table cell and sends it between threads.
    this.rejected.push({ line, column: this.header(col), value: clipValue(value), message, code });
  }

  private header(col: number): string {
    return this.layout.headers[col] ?? `column ${col + 1}`;
  }
}

/** Machine names compare as host names do (see hostKey). */
const nameKey = hostKey;

function text(row: readonly string[], col: number): string {
  return col < 0 ? '' : (row[col] ?? '').trim();
}
