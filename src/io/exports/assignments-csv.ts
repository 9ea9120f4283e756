import type { Machine } from '../../core/model';
import type { PlanDocument } from '../../core/plan-document';
import { roundTo } from '../../core/units';
import { csvFile, csvRow } from './csv-cell';

/** Header of the machine-to-server export. */
const ASSIGNMENTS_HEADER = ['machine', 'site', 'group', 'server', 'tier', 'churnGBPerDay'] as const;

/** Server column of a machine that no process server can take. */
const UNPLACED_SERVER = '(unplaced)';

/**
 * Which server replicates each machine, one row per machine in inventory order, with its
 * effective churn (daily churn × `churnFactor`, 3 decimals). Names repeat across sites, so the
 * lookup is by site, then name; it is built once, so 100k machines take milliseconds.
 */
export function assignmentsCsv(doc: PlanDocument, machines: readonly Machine[], churnFactor: number): string {
  const bySite = serversBySite(doc);
  const lines = [csvRow(ASSIGNMENTS_HEADER)];
  for (const m of machines) {
    const s = bySite.get(m.site)?.get(m.name);
    lines.push(csvRow([m.name, m.site, m.group, s?.id ?? UNPLACED_SERVER, s?.tier ?? '', roundTo(m.dailyChurnGB * churnFactor, 3)]));
  }
  return csvFile(lines);
}

type ServerRef = { id: string; tier: string };

// One name map per site rather than "site+name" keys: no key strings to build and hash.
function serversBySite(doc: PlanDocument): Map<string, Map<string, ServerRef>> {
  const bySite = new Map<string, Map<string, ServerRef>>();
  for (const s of doc.servers) {
    let names = bySite.get(s.site);
    if (!names) bySite.set(s.site, (names = new Map()));
    const ref = { id: s.id, tier: s.tier };
    for (const name of s.machines) names.set(name, ref);
  }
  return bySite;
}
