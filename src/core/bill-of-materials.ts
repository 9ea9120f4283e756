import type { PlannedServer } from './model';
import type { ServerRole } from './rules';

/** One line of what to order: servers of one role and tier, each with the same hardware. */
export interface BomLine {
  role: ServerRole;
  tier: string;
  count: number;
  /** Per server. */
  vcpu: number;
  memoryGB: number;
  cacheGB: number;
}

/** Sums of a list of lines: servers, and vCPU, RAM and cache disk over all of them. */
export interface BomTotals {
  servers: number;
  vcpu: number;
  memoryGB: number;
  cacheGB: number;
}

/** What one site needs (`""`: machines without a site). */
export interface SiteBom {
  site: string;
  lines: BomLine[];
  totals: BomTotals;
}

/** The bill of materials of a plan: per site in the plan's order, and overall. */
export interface BillOfMaterials {
  sites: SiteBom[];
  /** Every site's lines merged by role and tier. */
  lines: BomLine[];
  /** Equal to the plan summary's totalVcpu, totalMemoryGB and totalCacheGB, and its server count. */
  totals: BomTotals;
}

type Spec = Pick<PlannedServer, 'role' | 'tier' | 'vcpu' | 'memoryGB' | 'cacheGB' | 'site'>;

/** What to order for a plan's servers: per site, servers grouped by role and tier, with totals. */
export function billOfMaterials(servers: readonly Spec[]): BillOfMaterials {
  const bySite = new Map<string, Spec[]>();
  for (const s of servers) bySite.set(s.site, [...(bySite.get(s.site) ?? []), s]);
  const sites = [...bySite].map(([site, list]) => {
    const lines = linesOf(list);
    return { site, lines, totals: totalsOf(lines) };
  });
  const lines = linesOf(servers);
  return { sites, lines, totals: totalsOf(lines) };
}

// Lines in the order the servers come (the built-in server first, then tiers as planned).
function linesOf(servers: readonly Spec[]): BomLine[] {
  const lines = new Map<string, BomLine>();
  for (const s of servers) {
    const key = `${s.role}\u0000${s.tier}\u0000${s.vcpu}\u0000${s.memoryGB}\u0000${s.cacheGB}`;
    const line = lines.get(key);
    if (line) line.count++;
    else lines.set(key, { role: s.role, tier: s.tier, count: 1, vcpu: s.vcpu, memoryGB: s.memoryGB, cacheGB: s.cacheGB });
  }
  return [...lines.values()];
}

function totalsOf(lines: readonly BomLine[]): BomTotals {
  return lines.reduce(
    (t, l) => ({
      servers: t.servers + l.count,
      vcpu: t.vcpu + l.count * l.vcpu,
      memoryGB: t.memoryGB + l.count * l.memoryGB,
      cacheGB: t.cacheGB + l.count * l.cacheGB,
    }),
    { servers: 0, vcpu: 0, memoryGB: 0, cacheGB: 0 },
  );
}
