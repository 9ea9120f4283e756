import type { Machine, Plan } from '../model';
import { sourceKey } from './appliances';
import type { MigrationSite, ThumbReason } from './types';

/*
 * Each site's appliances beside Microsoft's rule of thumb, one appliance per classic process
 * server (docs/rules.md#how-many-appliances), with the reason they differ.
 */

/** Per site: appliances, lower bound, classic servers that replicate machines there, and why the counts differ. */
export function migrationSites(p: Plan, machines: readonly Machine[], fitting: ReadonlySet<string>): MigrationSite[] {
  const classic = new Map<string, Set<string>>();
  const fresh = new Map<string, number>();
  for (const m of machines) {
    if (m.processServer === undefined) fresh.set(m.site, (fresh.get(m.site) ?? 0) + 1);
    else {
      const set = classic.get(m.site) ?? new Set<string>();
      set.add(m.processServer);
      classic.set(m.site, set);
    }
  }
  return p.sites.map((s) => {
    const classicServers = classic.get(s.site)?.size ?? 0;
    const dedicated = p.servers.some((x) => x.site === s.site && x.dedicated);
    const tooBig = [...(classic.get(s.site) ?? [])].some((server) => !fitting.has(sourceKey(s.site, server)));
    const reason = reasonOf(s.scaleOutServers, classicServers, { dedicated, fresh: (fresh.get(s.site) ?? 0) > 0, tooBig });
    return { site: s.site, appliances: s.scaleOutServers, lowerBound: s.lowerBound, classicServers, reason };
  });
}

// The first cause that applies, most specific first.
function reasonOf(appliances: number, classic: number, why: { dedicated: boolean; fresh: boolean; tooBig: boolean }): ThumbReason {
  if (appliances === classic) return 'same';
  if (appliances < classic) return 'fits-fewer';
  if (why.tooBig) return 'server-over-appliance';
  if (why.dedicated) return 'dedicated';
  return why.fresh ? 'new-protection' : 'load-needs-more';
}
