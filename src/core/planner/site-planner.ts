import type { Strategy } from '../model';
import { type RuleSet, type ServerRole, largestTier, tiersOf } from '../rules';
import { ceilRatio, churnCeiling, limitsOf, tierCapacity, type Capacity } from '../capacity';
import { FirstFitTree } from './first-fit-tree';
import type { Item } from './items';
import { lowerBound } from './lower-bound';
import { packBalanced, packFirstFit, packingOrder, toBins, type BinSpec, type PackItems } from './pack';
import { compareScores, score, shrink, type Solution } from './solution';
import { cheapestVcpu, compareMixes, tierMixes, type SizedTier, type TierMix } from './tier-mix';

/** What a site's planning needs to know besides its items. */
interface SiteContext {
  rules: RuleSet;
  headroomPercent: number;
  strategy: Strategy;
  /** The rule set's built-in server stands in this site and its built-in process server replicates. */
  builtInReplicates: boolean;
}

/** A site's placed servers (dedicated ones not included) and its lower bound. */
interface SiteSolution extends Solution {
  lowerBound: number;
}

// Line-ups tried per server count: bounds planning time when loads are tight.
const MAX_ATTEMPTS = 6;

// The tiers a site may use: the scaling role's, and the built-in server's when it replicates here.
interface Sizing {
  added: SizedTier[];
  builtIn: SizedTier[];
}

function sizing(rules: RuleSet, headroomPercent: number, builtInReplicates: boolean): Sizing {
  // Utilisation is measured against the role's largest tier (objective rule 3).
  const size = (role: ServerRole) => {
    const ref = limitsOf(largestTier(rules, role));
    return tiersOf(rules, role).map((tier) => ({ tier, cap: tierCapacity(tier, headroomPercent), ref }));
  };
  return { added: size(rules.scaling.role), builtIn: builtInReplicates && rules.builtIn ? size(rules.builtIn.role) : [] };
}

const spec = (t: SizedTier): BinSpec => ({ role: t.tier.role, tier: t.tier, cap: t.cap, ref: t.ref });

/** Plans one site's shareable items: fewest servers (or least vCPU), then least vCPU, then evenness. */
export function planSite(items: readonly Item[], ctx: SiteContext): SiteSolution {
  const sz = sizing(ctx.rules, ctx.headroomPercent, ctx.builtInReplicates);
  const top = sz.added[sz.added.length - 1]!;
  const cfgTop = sz.builtIn[sz.builtIn.length - 1] ?? null;
  const load = {
    machines: items.reduce((s, i) => s + i.machines, 0),
    churnGBPerDay: items.reduce((s, i) => s + i.churn, 0),
  };
  const lb = lowerBound(load, cfgTop?.cap ?? null, top.cap);
  const p = packingOrder(items, top.cap, load);
  const attempt = (config: SizedTier | null, slots: SizedTier[]): Solution | null => {
    const specs = [...(config ? [spec(config)] : []), ...slots.map(spec)];
    const packing = packBalanced(p, specs) ?? packFirstFit(p, specs);
    if (!packing) return null;
    const bins = toBins(p, packing);
    const sol = config ? { builtIn: bins[0]!, added: bins.slice(1) } : { builtIn: null, added: bins };
    return shrink(sol, ctx.rules, ctx.headroomPercent);
  };
  const allTop = (n: number) => attempt(cfgTop, new Array<SizedTier>(n).fill(top));
  // The first line-up that packs, in rank order, and its rank.
  const firstPacking = (mixes: TierMix[]) => {
    for (let i = 0; i < Math.min(mixes.length, MAX_ATTEMPTS); i++) {
      const mix = mixes[i]!;
      const sol = attempt(
        mix.config,
        mix.counts.flatMap((n, t) => new Array<SizedTier>(n).fill(sz.added[t]!)),
      );
      if (sol) return { sol, rank: i };
    }
    return null;
  };

  const mixesFor = (n: number) => tierMixes(sz.added, sz.builtIn, n, load).sort(compareMixes);
  // Common case first: a line-up of lower-bound size packs, and the cheapest one is tried first.
  let servers = lb;
  let mixed = firstPacking(mixesFor(lb));
  let fallback: Solution | null = null;
  if (!mixed) {
    const fewest = fewestServers(lb, p, cfgTop, top, allTop);
    servers = fewest.servers;
    fallback = fewest.solution;
    mixed = firstPacking(mixesFor(servers));
  }
  const candidates: Solution[] = [];
  if (mixed) candidates.push(mixed.sol);
  // When the cheapest line-up did not pack, the all-largest packing, shrunk, may beat the one that did.
  if (!mixed || mixed.rank > 0) candidates.push(fallback ?? allTop(servers)!);
  if (ctx.strategy === 'least-vcpu') {
    const more = firstPacking(leastVcpuMixes(sz, servers, load));
    if (more) candidates.push(more.sol);
  }
  return { ...best(candidates, ctx.strategy), lowerBound: lb };
}

/**
 * The fewest largest-tier slots the items pack into, with that packing: the lower bound and the
 * next count first (the common case), then bisection up to what opening slots on demand needs.
 */
function fewestServers(
  lb: number,
  p: PackItems,
  cfgTop: SizedTier | null,
  top: SizedTier,
  allTop: (n: number) => Solution | null,
): { servers: number; solution: Solution } {
  for (let n = lb; n <= lb + 1 || p.items.length === 0; n++) {
    const sol = allTop(n);
    if (sol) return { servers: n, solution: sol };
  }
  let lo = lb + 2;
  let hi = onDemandCount(p, cfgTop, top);
  let found: Solution | null = null;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const sol = allTop(mid);
    if (sol) {
      hi = mid;
      found = sol;
    } else lo = mid + 1;
  }
  // First-fit over `hi` slots repeats the on-demand packing, so this attempt cannot fail.
  return { servers: hi, solution: found ?? allTop(hi)! };
}

// First-fit decreasing with a new largest-tier slot whenever nothing has room: always succeeds.
function onDemandCount(p: PackItems, cfgTop: SizedTier | null, top: SizedTier): number {
  const slots = p.items.length + (cfgTop ? 1 : 0);
  const capM = new Array<number>(slots).fill(top.cap.machines);
  const capC = new Array<number>(slots).fill(churnCeiling(top.cap.churnGBPerDay));
  if (cfgTop) {
    capM[0] = cfgTop.cap.machines;
    capC[0] = churnCeiling(cfgTop.cap.churnGBPerDay);
  }
  const tree = new FirstFitTree(capM, capC);
  let used = cfgTop ? 1 : 0;
  for (let k = 0; k < p.items.length; k++) {
    const b = tree.first(p.machines[k]!, p.churn[k]!);
    tree.take(b, p.machines[k]!, p.churn[k]!);
    used = Math.max(used, b + 1);
  }
  return used - (cfgTop ? 1 : 0);
}

// least-vcpu: more, smaller servers may cost fewer vCPU; stop where the smallest tier alone suffices.
function leastVcpuMixes(sz: Sizing, fewest: number, load: Capacity): TierMix[] {
  const small = sz.added[0]!.cap;
  const most = Math.max(fewest, ceilRatio(load.machines, small.machines), ceilRatio(load.churnGBPerDay, small.churnGBPerDay));
  let floor = Infinity;
  for (let n = fewest + 1; n <= most; n++) floor = Math.min(floor, cheapestVcpu(sz.added, sz.builtIn, n, load));
  const out: TierMix[] = [];
  for (let n = fewest + 1; n <= most; n++) out.push(...tierMixes(sz.added, sz.builtIn, n, load, floor + 4));
  return out.sort(compareMixes);
}

function best(candidates: Solution[], strategy: Strategy): Solution {
  const scored = candidates.map((c) => ({ c, s: score(c) }));
  scored.sort((a, b) => compareScores(a.s, b.s, strategy));
  return scored[0]!.c;
}
