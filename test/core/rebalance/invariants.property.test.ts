import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RebalanceSettings, ServerObservation } from '../../../src/core/deployment';
import type { Machine } from '../../../src/core/model';
import { rebalance, type Rebalance } from '../../../src/core/rebalance';
import { fits, tierCapacity } from '../../../src/core/capacity';
import { finalAssignment, reasonOf, server } from './helpers';
import { classicTier } from '../../support/machines';

const TIERS = ['PS-4', 'PS-8', 'PS-12', 'CS-16'] as const;
const HEALTH: Partial<ServerObservation>[] = [
  {},
  {},
  {},
  { cpuPercent: 97 },
  { cacheFreePercent: 20 },
  { memoryPercent: 85 },
  { minutesSinceHeartbeat: 30 },
  { servicesDown: ['tmansvc'] },
  { vcpu: 2 },
  { memoryPercent: 99, cpuPercent: 90 },
];

const deploymentArb = fc
  .record({
    sites: fc.constantFrom([''], ['A', 'B']),
    servers: fc.array(
      fc.record({ tier: fc.constantFrom(...TIERS), health: fc.nat(HEALTH.length - 1), site: fc.nat(1), inFile: fc.nat(5) }),
      { minLength: 1, maxLength: 5 },
    ),
    rows: fc.array(
      fc.record({
        churn: fc.oneof(
          { weight: 6, arbitrary: fc.double({ min: 0, max: 20, noNaN: true }) },
          { weight: 2, arbitrary: fc.double({ min: 20, max: 400, noNaN: true }) },
          { weight: 1, arbitrary: fc.double({ min: 400, max: 2600, noNaN: true }) },
        ),
        copies: fc.integer({ min: 1, max: 40 }),
        group: fc.integer({ min: -4, max: 3 }),
        server: fc.integer({ min: -1, max: 5 }),
        site: fc.nat(1),
      }),
      { maxLength: 25 },
    ),
    settings: fc.record({
      multiplier: fc.constantFrom(1, 1.3),
      growthPercent: fc.constantFrom(0, 30),
      headroomPercent: fc.oneof(fc.constant(100), fc.constant(70), fc.integer({ min: 50, max: 100 })),
    }),
  })
  .map(({ sites, servers, rows, settings }) => {
    const obs = servers.map((s, i): ServerObservation =>
      server(`PS${i + 1}`, s.tier, { site: sites[s.site % sites.length]!, ...HEALTH[s.health] }),
    );
    // A server index past the file (or a server left out of it) is one only the inventory names.
    const named = obs.filter((_, i) => servers[i]!.inFile > 0);
    const machines = rows.flatMap((r, i): Machine[] =>
      Array.from({ length: r.copies }, (_, k) => {
        const site = sites[r.site % sites.length]!;
        const ps = r.server < 0 ? '' : r.server < obs.length ? obs[r.server]!.name : 'GHOST';
        return {
          name: `m${i}-${k}`,
          dailyChurnGB: r.churn,
          site,
          group: r.group >= 0 ? `g${r.group}` : '',
          ...(ps ? { processServer: ps } : {}),
        };
      }),
    );
    return { machines, obs: named, settings: settings as RebalanceSettings };
  });

const key = (m: { site: string; name: string }) => `${m.site}\u0000${m.name}`;

function checkInvariants(machines: Machine[], r: Rebalance): void {
  const final = finalAssignment(machines, r); // asserts every move starts where the machine is
  const moved = new Set(r.moves.map((m) => `${m.site}\u0000${m.machine}`));
  expect(moved.size).toBe(r.moves.length); // each machine moves at most once
  const siteOf = new Map([...r.servers.map((s) => [s.id, s.site] as const), ...r.newServers.map((n) => [n.id, n.site] as const)]);
  const byId = new Map(r.servers.map((s) => [s.id, s]));
  const unresolved = new Set(r.unresolved.map((u) => u.server));
  // Every machine ends on exactly one server, or is an unassigned one reported too big.
  const tooBig = r.unresolved.filter((u) => u.code === 'item-too-big').reduce((n, u) => n + Number(u.params.machines), 0);
  expect([...final.values()].filter((ps) => ps === '').length).toBe(tooBig);
  for (const mv of r.moves) {
    // Sites intact.
    expect(siteOf.get(mv.to)).toBe(mv.site);
    // Only an overloaded or load-critical server gives machines; the reason says which.
    if (mv.from !== '') {
      const src = byId.get(mv.from)!;
      expect(src.shedReasons.length).toBeGreaterThan(0);
      const overLimit = !fits(src.before, src.limits);
      const loadCritical = src.health.alerts.some((a) => a.level === 'critical' && ['cpu', 'memory', 'cacheFree'].includes(a.signal));
      expect(overLimit || loadCritical).toBe(true);
      expect(reasonOf(r, mv)).toContain(src.id);
    } else expect(mv.because).toEqual(['unassigned']);
    const dest = byId.get(mv.to);
    if (dest) expect(dest.receiveBlockedBy).toBeNull();
  }
  // Groups intact: machines of one group that shared a server (or none) still share one.
  const together = new Map<string, Set<string>>();
  for (const m of machines) {
    if (!m.group) continue;
    const k = `${m.site}\u0000${m.group}\u0000${m.processServer ?? ''}`;
    const set = together.get(k) ?? new Set<string>();
    set.add(final.get(key(m))!);
    together.set(k, set);
  }
  for (const set of together.values()) expect(set.size).toBe(1);
  // After the moves no server is over its limits (or its target) unless reported.
  for (const s of r.servers) {
    if (unresolved.has(s.id)) continue;
    expect(fits(s.after, s.limits)).toBe(true);
    if (s.target) expect(fits(s.after, s.target)).toBe(true);
  }
  for (const n of r.newServers) {
    if (!unresolved.has(n.id))
      expect(fits({ machines: n.machineCount, churnGBPerDay: n.churnGBPerDay }, tierCapacity(n.tier, r.settings.headroomPercent))).toBe(
        true,
      );
  }
  // No move that does not relieve a limit: putting back any one moved item would leave its source over target.
  for (const s of r.servers) {
    if (!s.target) continue;
    const out = r.moves.filter((m) => m.from === s.id);
    const parts = new Map<string, number[]>();
    for (const m of out) {
      const k = m.group ? `g\u0000${m.group}` : `m\u0000${m.machine}`;
      parts.set(k, [...(parts.get(k) ?? []), m.churnGBPerDay]);
    }
    for (const churns of parts.values()) {
      const back = { machines: s.after.machines + churns.length, churnGBPerDay: s.after.churnGBPerDay + churns.reduce((a, b) => a + b, 0) };
      expect(fits(back, s.target)).toBe(false);
    }
  }
  // Before/after bookkeeping.
  for (const s of r.servers) {
    const out = r.moves.filter((m) => m.from === s.id).length;
    const inn = r.moves.filter((m) => m.to === s.id).length;
    expect(s.after.machines).toBe(s.before.machines - out + inn);
  }
}

describe('rebalance invariants (fast-check)', () => {
  it('machines end on one server, groups and sites intact, limits met or reported, only needed moves', () => {
    fc.assert(
      fc.property(deploymentArb, ({ machines, obs, settings }) => checkInvariants(machines, rebalance(machines, obs, settings))),
      { numRuns: 300, seed: 42 },
    );
  });

  it('the same invariants without a server file', () => {
    fc.assert(
      fc.property(deploymentArb, ({ machines, settings }) => checkInvariants(machines, rebalance(machines, null, settings))),
      { numRuns: 100, seed: 7 },
    );
  });
});

// Fewest machines whose removal brings the load within `limits`, by trying every subset of items.
function bruteMinimum(items: { machines: number; churn: number }[], limits: { machines: number; churnGBPerDay: number }): number {
  const M = items.reduce((s, i) => s + i.machines, 0);
  const C = items.reduce((s, i) => s + i.churn, 0);
  let best = Infinity;
  for (let mask = 0; mask < 1 << items.length; mask++) {
    let m = 0;
    let c = 0;
    items.forEach((it, i) => {
      if (mask & (1 << i)) {
        m += it.machines;
        c += it.churn;
      }
    });
    if (fits({ machines: M - m, churnGBPerDay: C - c }, limits)) best = Math.min(best, m);
  }
  return best;
}

describe('exactly one server over its limits', () => {
  const oneOverArb = fc.record({
    items: fc.array(fc.record({ machines: fc.integer({ min: 1, max: 9 }), churn: fc.double({ min: 0, max: 120, noNaN: true }) }), {
      minLength: 2,
      maxLength: 13,
    }),
    headroom: fc.integer({ min: 50, max: 100 }),
    others: fc.array(fc.record({ machines: fc.integer({ min: 0, max: 30 }), churn: fc.double({ min: 0, max: 5, noNaN: true }) }), {
      minLength: 1,
      maxLength: 3,
    }),
  });

  it('moves the brute-force minimum number of machines, all from that server', () => {
    let checked = 0;
    fc.assert(
      fc.property(oneOverArb, ({ items, headroom, others }) => {
        const limits = tierCapacity(classicTier('PS-4'), headroom);
        const load = { machines: items.reduce((s, i) => s + i.machines, 0), churnGBPerDay: items.reduce((s, i) => s + i.churn, 0) };
        if (fits(load, limits)) return; // not over: nothing to check
        checked++;
        const machines: Machine[] = items.flatMap((it, i) =>
          Array.from({ length: it.machines }, (_, k) => ({
            name: `o${i}-${k}`,
            dailyChurnGB: it.churn / it.machines,
            site: '',
            group: it.machines > 1 ? `g${i}` : '',
            processServer: 'OVER',
          })),
        );
        others.forEach((o, j) =>
          machines.push(
            ...Array.from({ length: o.machines }, (_, k) => ({
              name: `h${j}-${k}`,
              dailyChurnGB: o.churn,
              site: '',
              group: '',
              processServer: `OK${j}`,
            })),
          ),
        );
        const obs = [server('OVER', 'PS-4'), ...others.map((_, j) => server(`OK${j}`, 'PS-12'))];
        const r = rebalance(machines, obs, { multiplier: 1, growthPercent: 0, headroomPercent: headroom });
        expect(r.moves.every((m) => m.from === 'OVER')).toBe(true);
        expect(r.moves.length).toBe(bruteMinimum(items, limits));
        expect(r.unresolved).toEqual([]);
      }),
      { numRuns: 300, seed: 2026 },
    );
    expect(checked).toBeGreaterThan(50);
  });
});
