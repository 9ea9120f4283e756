/** Which site each running server stands in, and machines that sit on another site's server. */

import type { Assumption, DeploymentNotice, ServerObservation } from '../deployment';
import { hostKey } from '../host-name';
import type { Machine } from '../model';

/** Per server: its site and the assumptions made to find it. */
interface ServerSites {
  site: string[];
  assumptions: Assumption[][];
}

const MAX_NAMED = 5;

/**
 * A server's site is the server file's (spelled as in the inventory when they differ only in
 * case or Unicode form, as host names are compared); without one, the site of most of its machines (ties: first in code-unit order). An
 * inventory without sites is one site, `""`, whatever the server file says.
 */
export function resolveSites(
  machines: readonly Machine[],
  drafts: readonly { id: string; obs: ServerObservation | null }[],
  assignment: Int32Array,
  notices: DeploymentNotice[],
): ServerSites {
  const hasSites = machines.some((m) => m.site !== '');
  const spelling = new Map<string, string>();
  for (const m of machines) if (!spelling.has(hostKey(m.site))) spelling.set(hostKey(m.site), m.site);
  const counts = drafts.map(() => new Map<string, number>());
  machines.forEach((m, i) => {
    const s = assignment[i]!;
    if (s >= 0) counts[s]!.set(m.site, (counts[s]!.get(m.site) ?? 0) + 1);
  });
  const out: ServerSites = { site: [], assumptions: [] };
  drafts.forEach((d, s) => {
    const given = d.obs?.site.trim() ?? '';
    const mine: Assumption[] = [];
    let site: string;
    if (!hasSites) {
      site = '';
      if (given !== '') mine.push({ code: 'sites-ignored', params: { server: d.id, site: given } });
    } else if (given !== '') site = spelling.get(hostKey(given)) ?? given;
    else if (counts[s]!.size > 0) {
      site = majority(counts[s]!);
      mine.push({ code: 'site-from-machines', params: { server: d.id, site, from: 'machines' } });
    } else if (spelling.size === 1) {
      site = [...spelling.values()][0]!;
      mine.push({ code: 'site-from-machines', params: { server: d.id, site, from: 'only-site' } });
    } else {
      site = '';
      mine.push({ code: 'site-unknown', params: { server: d.id } });
    }
    out.site.push(site);
    out.assumptions.push(mine);
  });
  mismatches(machines, drafts, assignment, out.site, notices);
  return out;
}

function majority(counts: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [site, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (c > n) {
      best = site;
      n = c;
    }
  }
  return best;
}

// A process server serves one site; machines of another site on it are reported, not moved.
function mismatches(
  machines: readonly Machine[],
  drafts: readonly { id: string }[],
  assignment: Int32Array,
  sites: readonly string[],
  notices: DeploymentNotice[],
): void {
  const odd = drafts.map((): string[] => []);
  machines.forEach((m, i) => {
    const s = assignment[i]!;
    if (s >= 0 && m.site !== sites[s]) odd[s]!.push(m.name);
  });
  odd.forEach((names, s) => {
    if (names.length === 0) return;
    const id = drafts[s]!.id;
    const listed = names.slice(0, MAX_NAMED).join(', ') + (names.length > MAX_NAMED ? ', …' : '');
    notices.push({ code: 'site-mismatch', params: { server: id, site: sites[s]!, machines: names.length, listed } });
  });
}
