import { expect } from 'vitest';
import type { RebalanceSettings, ServerObservation } from '../../../src/core/deployment';
import type { Machine } from '../../../src/core/model';
import type { Move, Rebalance, Unresolved } from '../../../src/core/rebalance';
import { translator } from '../../../src/i18n/catalogue';
import { moveReasonText, namedServer, unresolvedText } from '../../../src/i18n/rebalance-texts';

/** Hardware of each tier, for server observations. */
export const SPEC = {
  'PS-4': { vcpu: 4, memoryGB: 8, cacheGB: 300 },
  'PS-8': { vcpu: 8, memoryGB: 12, cacheGB: 600 },
  'PS-12': { vcpu: 12, memoryGB: 24, cacheGB: 1024 },
  'CS-8': { vcpu: 8, memoryGB: 16, cacheGB: 300 },
  'CS-16': { vcpu: 16, memoryGB: 32, cacheGB: 1024 },
} as const;

/** A healthy scale-out server of a tier, with overrides. */
export function server(name: string, tier: keyof typeof SPEC, over: Partial<ServerObservation> = {}): ServerObservation {
  return {
    name,
    role: tier.startsWith('CS') ? 'configuration' : 'scale-out',
    site: '',
    ...SPEC[tier],
    cpuPercent: 40,
    memoryPercent: 40,
    cacheFreePercent: 60,
    minutesSinceHeartbeat: 1,
    servicesDown: [],
    ...over,
  };
}

/** `count` machines of `churn` GB/day on a server. */
export function on(ps: string, count: number, churn: number, opts: { site?: string; group?: string; prefix?: string } = {}): Machine[] {
  const prefix = opts.prefix ?? `${ps || 'new'}${opts.group ? `-${opts.group}` : ''}`;
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}-${i + 1}`,
    dailyChurnGB: churn,
    site: opts.site ?? '',
    group: opts.group ?? '',
    ...(ps ? { processServer: ps } : {}),
  }));
}

/** Default settings with overrides. */
export const at = (over: Partial<RebalanceSettings> = {}): RebalanceSettings => ({
  multiplier: 1,
  growthPercent: 0,
  headroomPercent: 100,
  ...over,
});

/** The servers' after-loads by id. */
export const afterOf = (r: Rebalance) => Object.fromEntries(r.servers.map((s) => [s.id, s.after.machines]));

/** Moves per source server. */
export function movedFrom(moves: readonly Move[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of moves) out[m.from] = (out[m.from] ?? 0) + 1;
  return out;
}

/** Where every machine ends: the inventory's assignment with the moves applied. */
export function finalAssignment(machines: readonly Machine[], r: Rebalance): Map<string, string> {
  const key = (site: string, name: string) => `${site}\u0000${name}`;
  const out = new Map(machines.map((m) => [key(m.site, m.name), m.processServer ?? '']));
  for (const mv of r.moves) {
    expect(out.get(key(mv.site, mv.machine))).toBe(mv.from);
    out.set(key(mv.site, mv.machine), mv.to);
  }
  return out;
}

const en = translator('en');

/** A move's reason as the document publishes it (English, rendered from the codes by the catalogue). */
export function reasonOf(r: Rebalance, m: Move): string {
  const s = r.servers.find((x) => x.id === m.from);
  return moveReasonText(en, m, s ? { server: namedServer(s), reasons: s.shedReasons } : null);
}

/** An unresolved limit's reason as the document publishes it. */
export const unresolvedReasonOf = (u: Unresolved): string => unresolvedText(en, u);
