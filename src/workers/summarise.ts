import type { InventoryRead } from '../io/inventory';
import { countChurnSources } from '../io/inventory';
import type { InventorySummary } from './protocol';

/** The page's view of a read inventory: everything but the machine objects. */
export function summarise(name: string, read: InventoryRead): InventorySummary {
  const counts = new Map<string, number>();
  const churns = new Float64Array(read.machines.length);
  read.machines.forEach((m, i) => {
    counts.set(m.site, (counts.get(m.site) ?? 0) + 1);
    churns[i] = m.dailyChurnGB;
  });
  const { machines, ...rest } = read;
  return {
    ...rest,
    churnSources: countChurnSources(machines),
    name,
    machineCount: machines.length,
    sites: [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([site, machines]) => ({ site, machines })),
    churns,
  };
}
