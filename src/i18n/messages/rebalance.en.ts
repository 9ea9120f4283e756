import type { Capacity } from '../../core/capacity';
import type { ShedReason, TierNamed, UnresolvedWhy } from '../../core/rebalance';
import { roundTo } from '../../core/units';
import type { Entries } from '../families';
import type { Formatters } from '../format';

/*
 * Why machines move and what stays unresolved (docs/rules.md#running-deployments), rendered from the
 * rebalance's codes and figures. These English sentences are also the published ones
 * (`rebalance --json`, the moves CSV), so their figures are written as the document always wrote
 * them: raw, one decimal, "%" after a space.
 */

/** Who a shed reason is about: the server, and its tier as the sentence names it. */
export interface ShedContext {
  server: string;
  /** "PS-8", "PS-4, assumed", "PS-4, the nearest tier" in the catalogue's language (`tierLabel`). */
  tierLabel: string;
}
type Shed<K extends ShedReason['kind']> = Extract<ShedReason, { kind: K }> & ShedContext;

const n1 = (x: number) => String(roundTo(x, 1));
// "1 machine", "3 machines" (the document wrote "1 machines" before these sentences came here).
const machines = (n: number) => `${n} machine${n === 1 ? '' : 's'}`;
const SIGNAL = { cpu: 'CPU', memory: 'memory', cacheFree: 'cache free space' } as const;
const loadText = (load: Capacity, limits: Capacity) =>
  `${load.machines} of ${limits.machines} machines, ${n1(load.churnGBPerDay)} of ${n1(limits.churnGBPerDay)} GB/day`;

/** "PS-8", "PS-4, assumed", "PS-4, the nearest tier". */
const tierLabelEn = (p: TierNamed): string =>
  p.tierMatch === 'assumed' ? `${p.tier}, assumed` : p.tierMatch === 'no-tier' ? `${p.tier}, the nearest tier` : p.tier;

const unresolvedEn: Entries<'rebalance.unresolved', UnresolvedWhy> = {
  'rebalance.unresolved.cannot-shed': (p) => {
    const why =
      p.immovable > 0
        ? `${p.immovable} of its machines or groups are too big for any one process server and can't move`
        : 'moving every machine it may give would not be enough';
    return `${p.server} can't be brought down to ${p.target.machines} machines and ${Math.round(p.target.churnGBPerDay * 10) / 10} GB/day by moving machines (${loadText(p.load, p.limits)} now): ${why}. Nothing was moved from it.`;
  },
  'rebalance.unresolved.still-over': (p) => `${p.server} stays over its limits (${loadText(p.load, p.limits)} for ${tierLabelEn(p)}).`,
  'rebalance.unresolved.dedicated-over-headroom': (p) =>
    `${p.server} holds one item (${machines(p.machines)}, ${n1(p.churnGBPerDay)} GB/day) above ${p.tier}'s limits at ${p.headroomPercent} % headroom; within its published limits, so it can replicate, without the headroom.`,
  'rebalance.unresolved.item-too-big': (p) => {
    const what =
      p.group !== ''
        ? `group "${p.group}" (${machines(p.machines)}, ${n1(p.churnGBPerDay)} GB/day)`
        : `${p.machine} (${n1(p.churnGBPerDay)} GB/day)`;
    return `Unassigned ${what} is more than one process server replicates (${p.limits.machines} machines, ${p.limits.churnGBPerDay} GB/day for ${p.tier}); it was left unassigned.`;
  },
};

/** The rebalance's reasons, English. */
export const rebalanceEn = {
  'rebalance.shed.load-critical': (p: Shed<'load-critical'>, _f: Formatters) =>
    `${p.server} is critical on ${SIGNAL[p.signal]} (${n1(p.value)} %): shedding load to keep ${n1(p.keep * 100)} % of it`,
  'rebalance.shed.over-limit': (p: Shed<'over-limit'>, _f: Formatters) => {
    const at = `at ${n1(p.headroomPercent)} % headroom`;
    if (p.machines && p.churn)
      return `${p.server} is over its machine and churn limits ${at} (${p.machines.load} of ${p.machines.limit} machines and ${n1(p.churn.load)} of ${n1(p.churn.limit)} GB/day for ${p.tierLabel})`;
    if (p.machines) return `${p.server} is over its machine limit ${at} (${p.machines.load} of ${p.machines.limit} for ${p.tierLabel})`;
    const churn = p.churn ?? { load: 0, limit: 0 };
    return `${p.server} is over its churn limit ${at} (${n1(churn.load)} of ${n1(churn.limit)} GB/day for ${p.tierLabel})`;
  },
  'rebalance.move.unassigned': (p: { group: string; home: string | null }) =>
    p.group === ''
      ? 'unassigned machine'
      : p.home !== null
        ? `unassigned machine (group "${p.group}", whose other machines replicate through ${p.home})`
        : `unassigned machine (group "${p.group}")`,
  'rebalance.move.toNew': (p: { site: string }) =>
    `no existing server ${p.site === '' ? '' : `of site "${p.site}" `}that may take machines has room, so it goes to a new scale-out server`,
  ...unresolvedEn,
};
