import type { Machine, Plan } from '../../src/core/model';

/*
 * An independent computation of issue 15's network formulas, written from the issue's text and
 * docs/rules.md#units without the planner's code: plain loops, no sorting tricks, quadratic where that is
 * simpler. Tests compare the planner's network with it on estates nobody wrote by hand.
 */

const mbitOfGBPerDay = (gbPerDay: number) => (gbPerDay * 8 * 1024) / 86400;

/** One wave as the reference sees it. */
export interface RefWave {
  machines: string[];
  gb: number;
  hours: number;
}

/** A site's network as the reference computes it. */
export interface RefSite {
  site: string;
  averageMbps: number;
  peakMbps: number | null;
  linkMbps: number | null;
  waves: RefWave[];
  unknownSize: string[];
  notSeeded: string[];
  irHours: number | null;
  backlogGBPerHour: number | null;
}

/** Waves by the issue's rule: largest first, groups whole, capacity shrinking with earlier waves' churn. */
export function referenceWaves(
  items: { machines: string[]; gb: number; mbps: number }[],
  link: number,
  goalHours: number,
): { waves: RefWave[]; notSeeded: string[] } {
  // Ties by the first machine's name, in code-unit order, so the result does not depend on the input order.
  const first = (x: { machines: string[] }) => x.machines[0]!;
  const left = items.slice().sort((a, b) => (b.gb !== a.gb ? b.gb - a.gb : first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0));
  const waves: RefWave[] = [];
  let protectedMbps = 0;
  while (left.length > 0) {
    const spare = link - protectedMbps;
    if (spare <= 0) break;
    const capacity = (goalHours * 3600 * spare) / (8 * 1024);
    const wave: typeof left = [];
    if (left[0]!.gb > capacity) wave.push(left.shift()!);
    else {
      let used = 0;
      for (let i = 0; i < left.length;) {
        if (used + left[i]!.gb <= capacity) {
          used += left[i]!.gb;
          wave.push(...left.splice(i, 1));
        } else i++;
      }
    }
    const gb = wave.reduce((s, w) => s + w.gb, 0);
    waves.push({ machines: wave.flatMap((w) => w.machines), gb, hours: (gb * 8 * 1024) / (spare * 3600) });
    protectedMbps += wave.reduce((s, w) => s + w.mbps, 0);
  }
  return { waves, notSeeded: left.flatMap((w) => w.machines) };
}

/** The network of a plan by the reference: per site, and each server's hours until its cache is 80 % full. */
export function referenceNetwork(machines: readonly Machine[], plan: Plan) {
  const link = plan.settings.link!;
  const factor = plan.settings.multiplier * (1 + plan.settings.growthPercent / 100);
  const placed = (m: Machine) => plan.servers.some((s) => s.site === m.site && s.machines.includes(m.name));
  const sites: RefSite[] = [];
  for (const sp of plan.sites) {
    const mine = machines.filter((m) => m.site === sp.site && placed(m));
    const linkMbps = Object.prototype.hasOwnProperty.call(link.siteMbps, sp.site) ? link.siteMbps[sp.site]! : link.allSitesMbps;
    const averageMbps = mine.reduce((s, m) => s + mbitOfGBPerDay(m.dailyChurnGB * factor), 0);
    const anyPeak = mine.some((m) => m.peakChurnMBps !== undefined);
    const peakMbps = anyPeak
      ? mine.reduce(
          (s, m) => s + (m.peakChurnMBps !== undefined ? m.peakChurnMBps * factor * 8 : mbitOfGBPerDay(m.dailyChurnGB * factor)),
          0,
        )
      : null;
    const sized = mine.filter((m) => (m.usedGB ?? m.provisionedGB) !== undefined);
    const items: { machines: string[]; gb: number; mbps: number }[] = [];
    for (const m of sized) {
      const gb = (m.usedGB ?? m.provisionedGB)!;
      const mbps = mbitOfGBPerDay(m.dailyChurnGB * factor);
      const same = m.group ? items.find((it) => it.machines.some((n) => sized.find((x) => x.name === n)!.group === m.group)) : undefined;
      if (same) {
        same.machines.push(m.name);
        same.gb += gb;
        same.mbps += mbps;
      } else items.push({ machines: [m.name], gb, mbps });
    }
    const { waves, notSeeded } = linkMbps === null ? { waves: [], notSeeded: [] } : referenceWaves(items, linkMbps, link.irGoalHours);
    sites.push({
      site: sp.site,
      averageMbps,
      peakMbps,
      linkMbps,
      waves,
      unknownSize: mine.filter((m) => !sized.includes(m)).map((m) => m.name),
      notSeeded,
      irHours: linkMbps === null || notSeeded.length > 0 || waves.length === 0 ? null : waves.reduce((s, w) => s + w.hours, 0),
      backlogGBPerHour: linkMbps === null ? null : Math.max(0, ((averageMbps - linkMbps) * 3600) / (8 * 1024)),
    });
  }
  const servers = plan.servers.map((s) => {
    const site = sites.find((x) => x.site === s.site)!;
    const mbps = mbitOfGBPerDay(s.churnGBPerDay);
    const perHour = site.backlogGBPerHour ? (site.backlogGBPerHour * mbps) / site.averageMbps : 0;
    return { id: s.id, averageMbps: mbps, cacheFullHours: perHour > 0 ? (0.8 * s.cacheGB) / perHour : null };
  });
  return { sites, servers };
}
