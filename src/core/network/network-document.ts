import { roundTo } from '../units';
import type { NetworkPlan, ServerNetwork, SiteNetwork } from './network-plan';

/** A wave as documents show it: numbered from 1 per site. */
export interface WaveDocument {
  wave: number;
  machines: string[];
  /** How many machines the wave holds (the page's copy carries counts, not the lists). */
  machineCount: number;
  gb: number;
  hours: number;
  freeMbps: number;
}

/** A site's network, figures rounded for reading. */
export type SiteNetworkDocument = Omit<SiteNetwork, 'waves'> & {
  waves: WaveDocument[];
  /** How many machines are in `unknownSize` and `blocked` (the page's copy carries counts, not the lists). */
  unknownSizeCount: number;
  blockedCount: number;
};

/** The network of a plan document: figures rounded for reading (Mbit/s to 2 decimals, GB to 3, hours to 2). */
export interface NetworkDocument {
  linkMbps: Record<string, number>;
  irGoalHours: number;
  sites: SiteNetworkDocument[];
  servers: ServerNetwork[];
}

/** The network in `plan --json`: exactly the fields of issue 15, a public contract. */
export interface PublishedNetwork {
  linkMbps: Record<string, number>;
  irGoalHours: number;
  sites: {
    site: string;
    averageMbps: number;
    peakMbps: number | null;
    linkMbps: number | null;
    irHours: number | null;
    waves: { wave: number; machines: string[]; gb: number; hours: number }[];
    unknownSize: string[];
    backlogGBPerHour: number | null;
  }[];
  servers: { id: string; averageMbps: number; cacheFullHours: number | null }[];
}

const mbit = (x: number) => roundTo(x, 2);
const hours = (x: number | null) => (x === null ? null : roundTo(x, 2));
const gb = (x: number | null) => (x === null ? null : roundTo(x, 3));

/** Rounds a network for documents; decisions were made on the exact figures. */
export function networkDocument(n: NetworkPlan): NetworkDocument {
  return {
    linkMbps: n.linkMbps,
    irGoalHours: n.irGoalHours,
    sites: n.sites.map((s) => ({
      ...s,
      averageMbps: mbit(s.averageMbps),
      peakMbps: s.peakMbps === null ? null : mbit(s.peakMbps),
      irHours: hours(s.irHours),
      unknownSizeCount: s.unknownSize.length,
      blockedCount: s.blocked.length,
      waves: s.waves.map((w, i) => ({
        wave: i + 1,
        machines: w.machines,
        machineCount: w.machines.length,
        gb: roundTo(w.gb),
        hours: roundTo(w.hours, 2),
        freeMbps: mbit(w.freeMbps),
      })),
      backlogGBPerHour: gb(s.backlogGBPerHour),
    })),
    servers: n.servers.map((s) => ({
      ...s,
      averageMbps: mbit(s.averageMbps),
      backlogGBPerHour: roundTo(s.backlogGBPerHour),
      cacheFullHours: hours(s.cacheFullHours),
    })),
  };
}

/** The network as `plan --json` publishes it. */
export function publishedNetwork(n: NetworkDocument): PublishedNetwork {
  return {
    linkMbps: n.linkMbps,
    irGoalHours: n.irGoalHours,
    sites: n.sites.map((s) => ({
      site: s.site,
      averageMbps: s.averageMbps,
      peakMbps: s.peakMbps,
      linkMbps: s.linkMbps,
      irHours: s.irHours,
      waves: s.waves.map((w) => ({ wave: w.wave, machines: w.machines, gb: w.gb, hours: w.hours })),
      unknownSize: s.unknownSize,
      backlogGBPerHour: s.backlogGBPerHour,
    })),
    servers: n.servers.map((s) => ({ id: s.id, averageMbps: s.averageMbps, cacheFullHours: s.cacheFullHours })),
  };
}
