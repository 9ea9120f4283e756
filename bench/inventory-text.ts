import { realisticInventory } from '../test/support/random-inventory';

/** A realistic inventory as CSV text with a few extra columns, like a tool export. */
export function inventoryCsv(machines: number, seed = 1): string {
  const rows = realisticInventory(seed, { machines, sites: 2, medianChurnGB: 8, groupedShare: 0.1 });
  const lines = ['VM Name,Site,Consistency Group,Daily Churn (GB),OS,Provisioned (GB),Disks'];
  for (const m of rows)
    lines.push(`${m.name},${m.site},${m.group},${m.dailyChurnGB},Windows Server 2019,${200 + (m.name.length % 7) * 50},2`);
  return lines.join('\r\n') + '\r\n';
}
