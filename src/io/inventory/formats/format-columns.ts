/**
 * The columns of the files architects already hold that are not machine fields but change how a
 * row is read (docs/inputs.md#real-files): RVTools' `Template` and `Powerstate`, Azure Migrate's
 * per-disk write throughput and sizes, and the Deployment Planner's disk rows.
 */

import { normalizeHeader, PLANNER_PEAK_HEADER } from '../fields';

/** Where those columns are (-1 or empty = absent). */
export interface FormatColumns {
  /** `Disk N write throughput (MB per second)`, N = 1…20 (docs/inputs.md#azure-migrate). */
  writeThroughput: number[];
  /** `Disk N size (In GB)`: provisioned storage is their sum (docs/inputs.md#azure-migrate). */
  diskSizes: number[];
  /** RVTools' `Template`: a template is not a replicable machine (docs/inputs.md#rvtools). */
  template: number;
  /** RVTools' `Powerstate`: powered-off machines are planned and counted in a note. */
  powerState: number;
  /** A Deployment Planner `Compatible VMs` sheet: rows under a machine list its disks (docs/inputs.md#deployment-planner-report). */
  plannerReport: boolean;
}

const WRITE_THROUGHPUT = /^disk(\d{1,2})writethroughputmbpersecond$/;
const DISK_SIZE = /^disk(\d{1,2})sizeingb$/;
const MAX_DISKS = 20;

/** Finds the format columns among the headers. */
export function findFormatColumns(headers: readonly string[]): FormatColumns {
  const found: FormatColumns = { writeThroughput: [], diskSizes: [], template: -1, powerState: -1, plannerReport: false };
  headers.forEach((header, col) => {
    const key = normalizeHeader(header);
    if (diskNumber(WRITE_THROUGHPUT.exec(key))) found.writeThroughput.push(col);
    else if (diskNumber(DISK_SIZE.exec(key))) found.diskSizes.push(col);
    else if (key === 'template' && found.template < 0) found.template = col;
    else if (key === 'powerstate' && found.powerState < 0) found.powerState = col;
    else if (PLANNER_PEAK_HEADER.test(key)) found.plannerReport = true;
  });
  return found;
}

function diskNumber(match: RegExpExecArray | null): boolean {
  const n = match ? Number(match[1]) : 0;
  return n >= 1 && n <= MAX_DISKS;
}

/** A `Template` cell that says true (RVTools writes True/False; a workbook's boolean reads TRUE). */
export function isTrueCell(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v === 'true' || v === '1' || v === 'yes';
}

/** A `Powerstate` cell of a machine that is off. */
export function isPoweredOff(value: string): boolean {
  return value.trim().toLowerCase() === 'poweredoff';
}

/** A Deployment Planner row that lists a disk: a `.vmdk` in the name cell. */
export function isDiskName(name: string): boolean {
  return name.toLowerCase().endsWith('.vmdk');
}
