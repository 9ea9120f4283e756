import type { Machine, PlanSettings } from '../../src/core/model';

/*
 * An independent, deliberately simple planner used as a yardstick in tests: balanced first-fit.
 * Written from docs/rules.md#classic-architecture without reusing the project's planner code.
 */

const PS = [
  { vcpu: 4, m: 85, c: 250 },
  { vcpu: 8, m: 150, c: 1024 },
  { vcpu: 12, m: 225, c: 2048 },
];
const CS = [
  { vcpu: 8, m: 99, c: 500 },
  { vcpu: 12, m: 150, c: 1024 },
  { vcpu: 16, m: 200, c: 2048 },
];

/** Total vCPU and scale-out servers of a balanced first-fit plan. */
export function balancedFirstFit(machines: Machine[], s: PlanSettings): { vcpu: number; servers: number } {
  const h = s.headroomPercent / 100;
  const capOf = (t: { m: number; c: number }) => ({ m: Math.floor((t.m * s.headroomPercent) / 100 + 1e-9), c: t.c * h });
  const f = s.multiplier * (1 + s.growthPercent / 100);
  const counts = new Map<string, number>();
  for (const m of machines) counts.set(m.site, (counts.get(m.site) ?? 0) + 1);
  const configSite = s.configSite ?? [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
  let vcpu = 0;
  let servers = 0;
  let csLoad = { m: 0, c: 0 };
  for (const site of new Set(machines.map((m) => m.site))) {
    const items = new Map<string, { m: number; c: number }>();
    machines
      .filter((m) => m.site === site)
      .forEach((m, i) => {
        const key = m.group ? `g:${m.group}` : `m:${i}`;
        const it = items.get(key) ?? { m: 0, c: 0 };
        it.m += 1;
        it.c += m.dailyChurnGB * f;
        items.set(key, it);
      });
    const placeable = [...items.values()].filter((it) => it.c <= 2048 && it.m <= 225).sort((a, b) => b.c - a.c || b.m - a.m);
    const bins: { m: number; c: number; cap: { m: number; c: number }; cs: boolean }[] = [];
    if (s.useConfigServerPs && site === configSite) bins.push({ m: 0, c: 0, cap: capOf(CS[2]!), cs: true });
    for (const it of placeable) {
      const top = capOf(PS[2]!);
      if (it.m > top.m || it.c > top.c * (1 + 1e-9)) {
        bins.push({ m: it.m, c: it.c, cap: { m: 225, c: 2048 }, cs: false }); // dedicated
        continue;
      }
      const open = bins.filter((b) => b.m + it.m <= b.cap.m && b.c + it.c <= b.cap.c * (1 + 1e-9) + 1e-9);
      const load = (b: { m: number; c: number; cap: { m: number; c: number } }) => Math.max(b.m / b.cap.m, b.c / b.cap.c);
      const target = open.sort((a, b) => load(a) - load(b))[0] ?? bins[bins.push({ m: 0, c: 0, cap: top, cs: false }) - 1]!;
      target.m += it.m;
      target.c += it.c;
    }
    for (const b of bins) {
      if (b.cs) {
        csLoad = b;
        continue;
      }
      servers++;
      vcpu += (PS.find((t) => b.m <= capOf(t).m && b.c <= capOf(t).c * (1 + 1e-9) + 1e-9) ?? PS[2]!).vcpu;
    }
  }
  vcpu += (CS.find((t) => csLoad.m <= capOf(t).m && csLoad.c <= capOf(t).c * (1 + 1e-9) + 1e-9) ?? CS[2]!).vcpu;
  return { vcpu, servers };
}
