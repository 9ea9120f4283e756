import { rejectTextEn } from '../io/documents';
import { hostKey } from '../core/host-name';
import type { Result } from '../core/result';
import { noneAccepted, readInventory, type InventoryRead } from '../io/inventory';
import { mappingFromHeaderNames } from '../io/plan-inventory';
import type { CliArgs } from './args';
import { readTextFile } from './read-file';

/** Reads and checks an inventory for a command; a failure is a message and an exit code. */
export function loadInventory(args: CliArgs): Result<InventoryRead> & { exit?: number } {
  const file = readTextFile(args.file);
  if (!file.ok) return file;
  const opts = { delimiter: args.delimiter, decimalMark: args.decimalMark };
  let read = readInventory(file.value.text, opts);
  if (read.ok && Object.keys(args.columns).length) {
    const mapping = mappingFromHeaderNames(read.value.headers, args.columns);
    if (!mapping.ok) return { ...mapping, exit: 2 };
    read = readInventory(file.value.text, { ...opts, mapping: mapping.value });
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
    const sites = [...new Set(inv.machines.map((m) => m.site))].map((s) => `"${s}"`).join(', ');
    return {
      ok: false,
      exit: 2,
      issues: [{ code: 'bad-option', message: `--config-site "${site}" is not a site of this inventory (sites: ${sites})` }],
    };
  }
  return read;
}
