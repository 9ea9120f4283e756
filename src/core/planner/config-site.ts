/** The busiest site of items already grouped by site (most machines; a tie goes to the first site name in code-unit order). */
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
