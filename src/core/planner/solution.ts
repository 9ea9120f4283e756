import type { Strategy } from '../model';
import { type RuleSet, tiersOf } from '../rules';
import { differs, fits, tierCapacity, fullestShare } from '../capacity';
import type { Bin } from './pack';

/** A site's servers: the built-in server's bin when it replicates here, and the rule set's scaling servers. */
export interface Solution {
  builtIn: Bin | null;
  added: Bin[];
}

/** The three objective figures (docs/rules.md#objective). */
interface Score {
  servers: number;
  vcpu: number;
  maxUtil: number;
}

/** Re-sizes every bin to the smallest tier of its role that holds its load; drops empty scaling bins. */
export function shrink(sol: Solution, rules: RuleSet, headroomPercent: number): Solution {
  const resize = (bin: Bin): Bin => {
    const load = { machines: bin.machines, churnGBPerDay: bin.churn };
    const tier = tiersOf(rules, bin.spec.role).find((t) => fits(load, tierCapacity(t, headroomPercent)));
    if (!tier || tier.vcpu >= bin.spec.tier.vcpu) return bin;
    return { ...bin, spec: { ...bin.spec, tier, cap: tierCapacity(tier, headroomPercent) } };
  };
  return {
    builtIn: sol.builtIn ? resize(sol.builtIn) : null,
    added: sol.added.filter((b) => b.items.length > 0).map(resize),
  };
}

/** A bin's utilisation against its role's reference limits. */
function utilisation(bin: Bin): number {
  return fullestShare({ machines: bin.machines, churnGBPerDay: bin.churn }, bin.spec.ref);
}

/** Scores a (shrunk) solution. */
export function score(sol: Solution): Score {
  const bins = sol.builtIn ? [sol.builtIn, ...sol.added] : sol.added;
  return {
    servers: sol.added.length,
    vcpu: bins.reduce((s, b) => s + b.spec.tier.vcpu, 0),
    maxUtil: bins.reduce((m, b) => Math.max(m, utilisation(b)), 0),
  };
}

/** Negative when `a` is the better plan under `strategy` (docs/rules.md#objective). */
export function compareScores(a: Score, b: Score, strategy: Strategy): number {
  const order: (keyof Score)[] = strategy === 'least-vcpu' ? ['vcpu', 'servers', 'maxUtil'] : ['servers', 'vcpu', 'maxUtil'];
  for (const k of order) {
    // Utilisations are floats from different summation orders: treat near-equal as equal.
    const d = a[k] - b[k];
    if (k === 'maxUtil' ? differs(a[k], b[k]) : d !== 0) return d;
  }
  return 0;
}
