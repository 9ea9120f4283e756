import type { Machine } from '../model';

/** The site with the most machines; ties go to the first site name in code-unit order. */
export function busiestSite(machines: readonly Machine[]): string {
  const counts = new Map<string, number>();
  for (const m of machines) counts.set(m.site, (counts.get(m.site) ?? 0) + 1);
  let best = '';
  let most = -1;
  for (const [site, n] of counts) {
    if (n > most || (n === most && site < best)) {
      best = site;
      most = n;
    }
  }
  return best;
}

/** The busiest site of items already grouped by site (same rule as `busiestSite`, no second pass). */
export function busiestSiteOf(bySite: ReadonlyMap<string, readonly { machines: number }[]>): string {
  let best = '';
  let most = -1;
  for (const [site, items] of bySite) {
    let n = 0;
    for (const it of items) n += it.machines;
    if (n > most || (n === most && site < best)) {
      best = site;
      most = n;
    }
  }
  return best;
}
