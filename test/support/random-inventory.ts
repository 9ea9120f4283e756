import type { Machine } from '../../src/core/model';

/** A small seeded PRNG (mulberry32) so generated inventories are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options for `realisticInventory`. */
export interface InventoryShape {
  machines: number;
  sites?: number;
  /** Median daily churn per machine, GB. */
  medianChurnGB?: number;
  /** Share of machines that belong to a multi-VM group. */
  groupedShare?: number;
}

/**
 * A plausible VMware estate: log-normal churn around a median (most VMs change a few GB a day, a
 * few databases change hundreds), uneven sites, some consistency groups of 2–12 machines.
 */
export function realisticInventory(seed: number, shape: InventoryShape): Machine[] {
  const r = rng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const siteCount = shape.sites ?? 1;
  const median = shape.medianChurnGB ?? 8;
  const grouped = shape.groupedShare ?? 0.1;
  const siteWeights = Array.from({ length: siteCount }, (_, i) => 1 / (i + 1));
  const totalW = siteWeights.reduce((a, b) => a + b, 0);
  const out: Machine[] = [];
  let groupLeft = 0;
  let groupName = '';
  let groupSite = '';
  let groups = 0;
  for (let i = 0; i < shape.machines; i++) {
    let site = `site-${pickSite(r(), siteWeights, totalW)}`;
    let group = '';
    if (groupLeft > 0) {
      group = groupName;
      site = groupSite;
      groupLeft--;
    } else if (r() < grouped / 6) {
      groupLeft = 1 + Math.floor(r() * 11);
      groupName = `app-${++groups}`;
      groupSite = site;
      group = groupName;
    }
    const churn = r() < 0.04 ? 0 : Math.min(1500, median * Math.exp(1.1 * gauss()));
    out.push({
      name: `vm-${String(i).padStart(6, '0')}`,
      dailyChurnGB: Math.round(churn * 100) / 100,
      site: siteCount > 1 ? site : '',
      group,
    });
  }
  return out;
}

function pickSite(x: number, weights: number[], total: number): number {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]! / total;
    if (x < acc) return i;
  }
  return weights.length - 1;
}

/** A random realistic shape: size log-uniform 20–20 000, 1–3 sites, median churn 1–30 GB/day. */
export function randomShape(r: () => number): InventoryShape {
  return {
    machines: Math.round(Math.exp(Math.log(20) + r() * (Math.log(20000) - Math.log(20)))),
    sites: r() < 0.6 ? 1 : r() < 0.75 ? 2 : 3,
    medianChurnGB: Math.exp(r() * Math.log(30)),
    groupedShare: r() * 0.3,
  };
}
