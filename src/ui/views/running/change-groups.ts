import type { RebalanceDocument } from '../../../io/documents';

type Move = RebalanceDocument['moves'][number];

/** Machines going from one source to one destination: one run of the portal's Load balance screen. */
interface Destination {
  to: string;
  toNewServer: boolean;
  moves: Move[];
  churnGBPerDay: number;
}

/** Everything leaving one source process server (`from` is `""` for machines not replicated yet). */
export interface SourceGroup {
  from: string;
  site: string;
  machines: number;
  churnGBPerDay: number;
  destinations: Destination[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The change list's grouping: sources in the document's order (critical servers first, the
 * unassigned last), destinations by name, machines by name within each, so an operator ticking
 * them in the portal's machine list finds them in the same order.
 */
export function changeGroups(moves: readonly Move[]): SourceGroup[] {
  const sources = new Map<string, SourceGroup>();
  for (const m of moves) {
    const key = `${m.site}\u0000${m.from}`;
    let g = sources.get(key);
    if (!g) sources.set(key, (g = { from: m.from, site: m.site, machines: 0, churnGBPerDay: 0, destinations: [] }));
    let d = g.destinations.find((x) => x.to === m.to);
    if (!d) g.destinations.push((d = { to: m.to, toNewServer: m.toNewServer, moves: [], churnGBPerDay: 0 }));
    d.moves.push(m);
    d.churnGBPerDay += m.churnGBPerDay;
    g.machines++;
    g.churnGBPerDay += m.churnGBPerDay;
  }
  const groups = [...sources.values()];
  for (const g of groups) {
    g.destinations.sort((a, b) => byCodeUnit(a.to, b.to));
    for (const d of g.destinations) d.moves.sort((a, b) => byCodeUnit(a.machine, b.machine));
  }
  // Machines not replicated yet are not a Load balance: they go last, in their own table.
  return [...groups.filter((g) => g.from !== ''), ...groups.filter((g) => g.from === '')];
}

/** True when a source gives every machine it has to one destination: the portal's Switch does that in one step. */
export function wholeSwitch(g: SourceGroup, machinesBefore: number | undefined): boolean {
  return g.from !== '' && g.destinations.length === 1 && machinesBefore === g.machines;
}
