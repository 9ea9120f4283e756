/*
 * The files architects already hold (docs/inputs.md#real-files): workbooks, the header anywhere,
 * churn sources, RVTools, Azure Migrate and the Deployment Planner. Each message is a code with
 * typed figures; the reader writes its English sentence from here (io/inventory/formats/format-messages).
 */
import type { Entries } from '../families';
import type { Formatters } from '../format';
import { quotedList } from '../quote';
import type { InputsIssue, IssuePlace } from '../read-issue';
import { countOf, text } from './figures';

type Sheets = { sheets: readonly string[] };
const quoted = (v: unknown) => `'${text(v)}'`;

/** Issues about real files, English: typed against their union, as the reading issues are. */
const inputsIssueEn: Entries<'issue', InputsIssue, IssuePlace> = {
  'issue.no-header-row': (p: { rows: number; limit: number }, f: Formatters) =>
    `No header row found: none of the first ${countOf(f, p.rows, 'non-blank row', 'non-blank rows')} names a machine-name column (such as VM, Name or Server name). ` +
    `The header must be among the first ${countOf(f, p.limit, 'non-blank row', 'non-blank rows')}: delete the title rows above it, or check that this is the inventory.`,
  'issue.title-lines': (p: { count: number; headerLine: number }, f: Formatters) =>
    `The header is on row ${f.num(p.headerLine)}; the ${countOf(f, p.count, 'row', 'rows')} above it ${p.count === 1 ? 'was' : 'were'} skipped as title lines.`,
  'issue.powered-off': (p: { count: number }, f: Formatters) =>
    `${countOf(f, p.count, 'machine is', 'machines are')} powered off (Powerstate poweredOff). ${p.count === 1 ? 'It was' : 'They were'} planned: a machine that is off today is still protected. Delete ${p.count === 1 ? 'its row' : 'their rows'} if ${p.count === 1 ? 'it is' : 'they are'} retired.`,
  'issue.planner-growth': () =>
    "The Deployment Planner's peak churn already includes its growth factor (30 % unless it was changed), so growth is left as set here (0 % by default): raise it only for growth beyond the Planner's.",
  'issue.incompatible-vms': (p: { count: number }, f: Formatters) =>
    `The report's 'Incompatible VMs' sheet lists ${countOf(f, p.count, 'machine', 'machines')} that Site Recovery cannot replicate as they are; ${p.count === 1 ? 'it is' : 'they are'} not planned.`,
  'issue.churn-write-throughput': (p: { count: number }, f: Formatters) =>
    `The churn of ${countOf(f, p.count, 'machine', 'machines')} is the sum of ${p.count === 1 ? 'its' : 'their'} disks' write throughput × 84.375 (GB/day per MB/s). Writes to the same block count again, so this is an upper bound.`,
  'issue.churn-apportioned': (p: { count: number; totalGB: number }, f: Formatters) =>
    `The estate's observed typical churn (${f.gbPerDay(p.totalGB)}, the 'On-premises summary' sheet) was shared over ${countOf(f, p.count, 'machine', 'machines')} in proportion to ${p.count === 1 ? 'its' : 'their'} peak churn.`,
  'issue.churn-estimated': (p: { count: number }, f: Formatters) =>
    `The churn of ${countOf(f, p.count, 'machine', 'machines')} is estimated from used storage at the daily change rate you set (percent of used storage per day): a measured churn is better.`,
  'issue.churn-rate-needed': (p: { count: number; flag: string }, f: Formatters) =>
    `${countOf(f, p.count, 'machine has', 'machines have')} no measured churn, only used storage: set the daily change rate (percent of used storage changed per day) with ${p.flag} <percent>, for example ${p.flag} 2.`,
  'issue.workbook-xls': () =>
    'This is an old binary Excel workbook (.xls), which the planner does not read. Open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8, then load that file.',
  'issue.workbook-encrypted': () =>
    'This workbook is protected with a password (encrypted), so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook) or save a copy as CSV UTF-8, and load that.',
  'issue.workbook-corrupt': (p: { detail: string; sheet?: string }) =>
    `This workbook is damaged or not really an Excel workbook (${p.sheet === undefined ? '' : `sheet ${quoted(p.sheet)}: `}${text(p.detail)}). Open it in Excel and save it again as .xlsx or CSV UTF-8.`,
  'issue.workbook-too-large': (p: { sizeMB: number; limitMB: number }, f: Formatters) =>
    `This workbook unpacks to ${f.num(p.sizeMB)} MB, more than the ${f.num(p.limitMB)} MB the planner unpacks (a workbook that small on disk and that large inside is a zip bomb or a mistake), so it was not read. Save the inventory sheet alone as CSV UTF-8.`,
  'issue.workbook-no-sheet': (p: Sheets & { limit: number }, f: Formatters) =>
    `No sheet of this workbook has a header row with a machine-name column (such as VM, Name or Server name) among its first ${countOf(f, p.limit, 'non-blank row', 'non-blank rows')}. Sheets: ${quotedList(p.sheets)}. Choose the inventory sheet, or move its header up.`,
  'issue.workbook-sheet-not-found': (p: Sheets & { sheet: string }) =>
    `The workbook has no sheet named ${quoted(p.sheet)}. Sheets: ${quotedList(p.sheets)}.`,
  'issue.workbook-sheet': (p: Sheets & { sheet: string }) =>
    `Read sheet ${quoted(p.sheet)} of the workbook (sheets: ${quotedList(p.sheets)}); row numbers are that sheet's.`,
};

/** Messages about real files, English. */
export const inputsEn = {
  ...inputsIssueEn,
  'skip.title-line': 'A title line above the header row: not a machine.',
  'skip.disk-row': 'A Deployment Planner row listing a disk of the machine above it: not a machine.',
  'churnSource.measured': 'measured',
  'churnSource.write-throughput': 'write throughput (upper bound)',
  'churnSource.apportioned': 'apportioned',
  'churnSource.estimated': 'estimated',
  'churnSources.heading': 'Where churn came from',
  'churnSources.counts': (p: { measured: number; writeThroughput: number; apportioned: number; estimated: number }, f: Formatters) =>
    [
      p.measured > 0 ? `${f.num(p.measured)} measured` : '',
      p.writeThroughput > 0 ? `${f.num(p.writeThroughput)} from write throughput (upper bound)` : '',
      p.apportioned > 0 ? `${f.num(p.apportioned)} apportioned from the estate total` : '',
      p.estimated > 0 ? `${f.num(p.estimated)} estimated from used storage` : '',
    ]
      .filter((s) => s !== '')
      .join(', '),
  'churnRate.label': 'Daily change rate (% of used storage per day)',
  'churnRate.needed': (p: { count: number }, f: Formatters) =>
    `${countOf(f, p.count, 'machine has', 'machines have')} no measured churn, only used storage. Set the daily change rate to plan ${p.count === 1 ? 'it' : 'them'}: the planner never assumes one.`,
  'churnRate.apply': 'Plan with this rate',
  'churnRate.assumption': (p: { percent: number }, f: Formatters) =>
    `Daily change rate for estimated churn: ${f.num(p.percent, 2)} % of used storage per day.`,
  'sample.rvtools': 'RVTools export (.xlsx) — 40 machines, no churn: set a daily change rate',
  'sample.azureMigrate': 'Azure Migrate import (CSV) — 30 servers with disk write throughput',
  'sample.planner': 'Deployment Planner report (.xlsm) — 24 machines, estate churn apportioned',
  'load.workbooks': 'Workbooks (.xlsx, .xlsm) are read as they are: RVTools, Azure Migrate and Deployment Planner files too.',
  'sheet.label': 'Sheet',
  'sheet.unavailable': 'To read another sheet, open the workbook again.',
  'sheet.help': 'The sheet read; choose another to read it instead.',
};
