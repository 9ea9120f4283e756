import type { Plan } from '../model';

/** One point of the what-if series: what the plan needs at a churn multiplier. */
export interface WhatIfPoint {
  multiplier: number;
  /** The rule set's scaling servers (scale-out process servers, appliances), dedicated ones included. */
  servers: number;
  lowerBound: number;
  /** Machines no single server can take at this churn: on no server, so not in the count above. */
  unplacedMachines: number;
}

/** A plan's figures as a what-if point. */
export function whatIfPoint(multiplier: number, p: Plan): WhatIfPoint {
  return {
    multiplier,
    servers: p.sites.reduce((n, s) => n + s.scaleOutServers, 0),
    lowerBound: p.sites.reduce((n, s) => n + s.lowerBound, 0),
    unplacedMachines: p.unplaced.length,
  };
}

/** Where more churn shows fewer servers, and why: machines that stopped fitting any one server. */
export interface WhatIfDrop {
  /** The multiplier the count falls at, and the one before it. */
  from: number;
  to: number;
  servers: { before: number; after: number };
  unplaced: { before: number; after: number };
}

/**
 * Every step of a series (multipliers ascending) where the server count falls. Churn only grows
 * along the series, so a fall means machines left the servers: the unplaced count says how many.
 */
export function whatIfDrops(points: readonly WhatIfPoint[]): WhatIfDrop[] {
  const drops: WhatIfDrop[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (b.servers < a.servers)
      drops.push({
        from: a.multiplier,
        to: b.multiplier,
        servers: { before: a.servers, after: b.servers },
        unplaced: { before: a.unplacedMachines, after: b.unplacedMachines },
      });
  }
  return drops;
}
