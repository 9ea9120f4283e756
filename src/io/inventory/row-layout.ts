/** A file's columns resolved once into positions, so each row only indexes arrays. */

import type { ChurnField, ColumnMapping } from './fields';
import { MIB_HEADERS, normalizeHeader } from './fields';
import type { DecimalMark } from './numbers';
import type { Unit } from './quantity';
import { findFormatColumns, type FormatColumns } from './formats/format-columns';

/** Column positions resolved once per file (-1 = unmapped), so rows only index arrays. */
export interface RowLayout {
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
