import type { Plan } from '../model';

/** One point of the what-if series: what the plan needs at a churn multiplier. */
export interface WhatIfPoint {
  multiplier: number;
  scaleOutServers: number;
  lowerBound: number;
  /** Machines no single process server can take at this churn: on no server, so not in the count above. */
  unplacedMachines: number;
}

/** A plan's figures as a what-if point. */
export function whatIfPoint(multiplier: number, p: Plan): WhatIfPoint {
  return {
    multiplier,
    scaleOutServers: p.servers.filter((s) => s.role === 'scale-out').length,
    lowerBound: p.sites.reduce((n, s) => n + s.lowerBound, 0),
    unplacedMachines: p.unplaced.length,
  };
}

/** Where more churn shows fewer servers, and why: machines that stopped fitting any one process server. */
export interface WhatIfDrop {
  /** The multiplier the count falls at, and the one before it. */
  from: number;
  to: number;
  servers: { before: number; after: number };
  unplaced: { before: number; after: number };
}

/**
 * Every step of a series (multipliers ascending) where the scale-out count falls. Churn only grows
 * along the series, so a fall means machines left the servers: the unplaced count says how many.
 */
export function whatIfDrops(points: readonly WhatIfPoint[]): WhatIfDrop[] {
  const drops: WhatIfDrop[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (b.scaleOutServers < a.scaleOutServers)
      drops.push({
        from: a.multiplier,
        to: b.multiplier,
        servers: { before: a.scaleOutServers, after: b.scaleOutServers },
        unplaced: { before: a.unplacedMachines, after: b.unplacedMachines },
      });
  }
  return drops;
}
