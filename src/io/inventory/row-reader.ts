/** Turning one data row into a machine or a rejection (docs/inputs.md#rejected-rows). */

import { hostKey } from '../../core/host-name';
import type { Machine, RejectedRow, SkippedRow } from '../../core/model';
import type { NumberAdvice, RejectWhy } from '../../core/reject';
import type { NumberProblem } from './numbers';
import { parseQuantity, writtenUnit, type QuantityKind, type Unit } from './quantity';
import { clipValue, MAX_CHURN_GB_PER_DAY, MAX_MACHINE_NAME_CHARS } from '../limits';
import { hasControlChars } from '../../i18n/visible-text';
import { isSummaryName } from './summary-row';
import { SiteNames } from './site-names';
import { isDiskName, isPoweredOff, isTrueCell } from './formats/format-columns';
import type { RowLayout } from './row-layout';
import { mbpsToGBPerDay } from '../../core/units';

// Returned by `optional` when it has rejected the row; undefined means "cell empty".
const REJECTED = null;

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
    if (name === '') return this.reject(line, L.name, rawName, { code: 'name-empty', params: {} });
    if (name.length > this.maxNameChars) {
      const params = { name: clipValue(name), length: name.length, max: this.maxNameChars };
      return this.reject(line, L.name, rawName, { code: 'name-too-long', params });
    }
    if (hasControlChars(name)) return this.reject(line, L.name, rawName, { code: 'name-control-chars', params: { name: clipValue(name) } });
    if (L.formats.template >= 0 && isTrueCell(row[L.formats.template] ?? '')) {
      return this.reject(line, L.formats.template, row[L.formats.template] ?? '', { code: 'template', params: {} });
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
    this.reject(line, col, row[col] ?? '', { code: 'unclosed-quote', params: { lastLine } });
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
    const params = { cells: row.length, width, delimiter: this.layout.delimiter };
    this.reject(line, width, surplus.join(this.layout.delimiter), { code: 'row-shape', params });
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
      this.reject(m.line ?? 0, col, `${writes} MB/s`, {
        code: 'churn-too-large',
        params: { name: clipValue(m.name), maxGB: MAX_CHURN_GB_PER_DAY },
      });
      return false;
    }
    if (L.apportion && m.peakChurnMBps !== undefined) m.churnSource = 'apportioned';
    else if (m.usedGB !== undefined) m.churnSource = 'estimated';
    else {
      // Named after the column the churn would have come from: the churn column, else used storage.
      const col = L.churn >= 0 ? L.churn : L.used >= 0 ? L.used : L.name;
      this.reject(m.line ?? 0, col, col === L.name ? '' : (row[col] ?? ''), { code: 'churn-missing', params: { name: clipValue(m.name) } });
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
    const advice = this.advice(typeof value === 'number' ? 'negative' : value, raw, kind);
    this.reject(m.line ?? 0, col, raw, { code: 'bad-number', params: { name: clipValue(m.name), advice } });
    return REJECTED;
  }

  private accept(machine: Machine, rawName: string): void {
    let names = this.firstLine.get(machine.site);
    if (names === undefined) this.firstLine.set(machine.site, (names = new Map()));
    const key = nameKey(machine.name);
    const first = names.get(key);
    if (first !== undefined) {
      const params = { name: clipValue(machine.name), site: clipValue(machine.site), firstLine: first };
      return this.reject(machine.line ?? 0, this.layout.name, rawName, { code: 'duplicate-name', params });
    }
    names.set(key, machine.line ?? 0);
    this.machines.push(machine);
  }

  private rejectChurn(line: number, name: string, raw: string, churn: number | NumberProblem): void {
    const col = this.layout.churn;
    const of = { name: clipValue(name) };
    const why: RejectWhy =
      typeof churn === 'number'
        ? churn > MAX_CHURN_GB_PER_DAY
          ? { code: 'churn-too-large', params: { ...of, maxGB: MAX_CHURN_GB_PER_DAY } }
          : { code: 'churn-negative', params: of }
        : churn === 'empty'
          ? { code: 'churn-missing', params: of }
          : churn === 'not-finite'
            ? { code: 'churn-not-finite', params: of }
            : churn === 'ambiguous-unit'
              ? { code: 'churn-unit-ambiguous', params: { ...of, unit: writtenUnit(raw) } }
              : { code: 'churn-not-number', params: { ...of, advice: this.advice(churn, raw, 'churn') } };
    this.reject(line, col, raw, why);
  }

  private advice(problem: NumberAdvice['problem'], raw: string, kind: QuantityKind): NumberAdvice {
    return { problem, mark: this.layout.mark, kind, unit: writtenUnit(raw) };
  }

  private reject(line: number, col: number, value: string, why: RejectWhy): void {
    // Values and names are kept cut short: the page shows them in a table cell and sends them between threads.
    this.rejected.push({ line, column: this.header(col), value: clipValue(value), ...why } as RejectedRow);
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
