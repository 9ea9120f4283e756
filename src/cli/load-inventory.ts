import { hostKey } from '../core/host-name';
import type { Issue } from '../core/result';
import { machinesNeedingChurnRate } from '../core/churn-rate';
import { churnRateNeededIssue, type InventoryRead } from '../io/inventory';
import { mappingFromHeaderNames } from '../io/plan-inventory';
import type { CliArgs } from './args';
import { failed, failureIssue, type CliResult } from './cli-failure';
import { readFileBytes } from './read-file';
import { inventorySource, readInventorySource, workbookReadOptions } from '../io/inventory-source';

/** Reads and checks an inventory (a CSV or a workbook's sheet) for a command; a failure is a message (`failureText`) and an exit code. */
export async function loadInventory(args: CliArgs): Promise<CliResult<InventoryRead>> {
  const bytes = readFileBytes(args.file);
  if (!bytes.ok) return bytes;
  const file = await inventorySource(bytes.value, args.sheet);
  if (!file.ok) return readFailed(args.file, file.issues, file.issues[0]?.code === 'workbook-sheet-not-found' ? 2 : 1);
  if (args.sheet !== undefined && file.value.workbook === undefined)
    return failed({ kind: 'option', error: { code: 'sheet-on-text', params: { file: args.file } } }, 2);
  const opts = { delimiter: args.delimiter, decimalMark: args.decimalMark, ...workbookReadOptions(file.value.workbook) };
  let read = readInventorySource(file.value, opts);
  if (read.ok && Object.keys(args.columns).length) {
    const mapping = mappingFromHeaderNames(read.value.headers, args.columns);
    if (!mapping.ok) return failed({ kind: 'issue', issue: mapping.issues[0]! }, 2);
    read = readInventorySource(file.value, { ...opts, mapping: mapping.value });
  }
  if (!read.ok) return readFailed(args.file, read.issues);
  const inv = read.value;
  // The decoder's notices (UTF-16, a legacy code page) belong with the reader's.
  inv.notices = [...file.value.notices, ...inv.notices];
  if (inv.machines.length === 0) {
    const first = inv.rejected[0];
    const params = { path: args.file, dataRows: inv.dataRows, skipped: inv.skipped.length };
    return failed({ kind: 'file', error: { code: 'no-valid-row', params: first ? { ...params, firstRejected: first } : params } });
  }
  const site = args.settings.configSite;
  // Sites compare as host names do ("seoul" is the inventory's "Seoul"); the plan uses the inventory's spelling.
  const spelled = site === null ? undefined : inv.machines.find((m) => hostKey(m.site) === hostKey(site.trim()))?.site;
  if (spelled !== undefined) args.settings.configSite = spelled;
  if (site !== null && spelled === undefined) {
    const sites = [...new Set(inv.machines.map((m) => m.site))];
    return failed({ kind: 'option', error: { code: 'config-site', params: { site, sites } } }, 2);
  }
  const needing = machinesNeedingChurnRate(inv.machines);
  if (needing > 0 && args.settings.churnRatePercent === null)
    return failed({ kind: 'issue', issue: churnRateNeededIssue(needing, '--churn-rate') }, 1);
  return read;
}

/** The reader refused the file: its first issue is said after the path; all of them keep their codes. */
function readFailed(path: string, issues: readonly Issue[], exit?: number): CliResult<never> {
  const all = issues.map((issue) => failureIssue({ kind: 'read', path, issue }));
  const failure = { kind: 'read', path, issue: issues[0]! } as const;
  return exit === undefined ? { ok: false, issues: all, failure } : { ok: false, issues: all, failure, exit };
}
