import type { InventoryRead } from '../io/inventory';
import type { InventorySummary } from './protocol';

/** The page's view of a read inventory: everything but the machine objects. */
export function summarise(name: string, read: InventoryRead): InventorySummary {
  const counts = new Map<string, number>();
  const churns = new Float64Array(read.machines.length);
  read.machines.forEach((m, i) => {
    counts.set(m.site, (counts.get(m.site) ?? 0) + 1);
    churns[i] = m.dailyChurnGB;
  });
  return {
    name,
    headers: read.headers,
    delimiter: read.delimiter,
    decimalMark: read.decimalMark,
    detectedMapping: read.detectedMapping,
    mapping: read.mapping,
    churnField: read.churnField,
    dataRows: read.dataRows,
    machineCount: read.machines.length,
    rejected: read.rejected,
    notices: read.notices,
    extraColumns: read.extraColumns,
    sites: [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([site, machines]) => ({ site, machines })),
    churns,
  };
}
