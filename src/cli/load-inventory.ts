import { rejectTextEn } from '../io/documents';
import { hostKey } from '../core/host-name';
import { machinesNeedingChurnRate } from '../core/churn-rate';
import { churnRateNeededIssue } from '../io/inventory';
import { cliOptionText } from '../i18n/cli-option-text';
import type { Result } from '../core/result';
import { noneAccepted, type InventoryRead } from '../io/inventory';
import { mappingFromHeaderNames } from '../io/plan-inventory';
import type { CliArgs } from './args';
import { readFileBytes } from './read-file';
import { inventorySource, readInventorySource, workbookReadOptions } from '../io/inventory-source';

/** Reads and checks an inventory (a CSV or a workbook's sheet) for a command; a failure is a message and an exit code. */
export async function loadInventory(args: CliArgs): Promise<Result<InventoryRead> & { exit?: number }> {
  const bytes = readFileBytes(args.file);
  if (!bytes.ok) return bytes;
  const file = await inventorySource(bytes.value, args.sheet);
  if (!file.ok)
    return {
      ok: false,
      exit: file.issues[0]?.code === 'workbook-sheet-not-found' ? 2 : 1,
      issues: file.issues.map((i) => ({ ...i, message: `"${args.file}": ${i.message}` })),
    };
  if (args.sheet !== undefined && file.value.workbook === undefined) {
    return {
      ok: false,
      exit: 2,
      issues: [{ code: 'bad-option', message: cliOptionText({ code: 'sheet-on-text', params: { file: args.file } }) }],
    };
  }
  const opts = { delimiter: args.delimiter, decimalMark: args.decimalMark, ...workbookReadOptions(file.value.workbook) };
  let read = readInventorySource(file.value, opts);
  if (read.ok && Object.keys(args.columns).length) {
    const mapping = mappingFromHeaderNames(read.value.headers, args.columns);
    if (!mapping.ok) return { ...mapping, exit: 2 };
    read = readInventorySource(file.value, { ...opts, mapping: mapping.value });
  }
  if (!read.ok) return { ok: false, issues: read.issues.map((i) => ({ ...i, message: `"${args.file}": ${i.message}` })) };
  const inv = read.value;
  // The decoder's notices (UTF-16, a legacy code page) belong with the reader's.
  inv.notices = [...file.value.notices, ...inv.notices];
  if (inv.machines.length === 0) {
    const first = inv.rejected[0];
    const why = first ? ` First: line ${first.line}: ${rejectTextEn(first)}` : '';
    return {
      ok: false,
      issues: [
        {
          code: 'no-valid-row',
          message: `"${args.file}" has no valid machine row: ${noneAccepted(inv.dataRows, inv.skipped.length)}.${why}`,
        },
      ],
    };
  }
  const site = args.settings.configSite;
  // Sites compare as host names do ("seoul" is the inventory's "Seoul"); the plan uses the inventory's spelling.
  const spelled = site === null ? undefined : inv.machines.find((m) => hostKey(m.site) === hostKey(site.trim()))?.site;
  if (spelled !== undefined) args.settings.configSite = spelled;
  if (site !== null && spelled === undefined) {
    const sites = [...new Set(inv.machines.map((m) => m.site))];
    return {
      ok: false,
      exit: 2,
      issues: [{ code: 'bad-option', message: cliOptionText({ code: 'config-site', params: { site, sites } }) }],
    };
  }
  const needing = machinesNeedingChurnRate(inv.machines);
  if (needing > 0 && args.settings.churnRatePercent === null)
    return { ok: false, exit: 1, issues: [churnRateNeededIssue(needing, '--churn-rate')] };
  return read;
}
