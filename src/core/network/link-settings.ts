import type { LinkSettings } from '../model';
import { z } from '../schema';

/** The Deployment Planner's default goal to complete initial replication, hours (docs/rules.md#network-settings). */
export const DEFAULT_IR_GOAL_HOURS = 72;

/** Accepted range of the link settings: a link up to 1 Tbit/s, a goal up to a year. */
export const LINK_RANGES = {
  mbps: { min: 0.001, max: 1_000_000 },
  irGoalHours: { min: 1, max: 8760 },
} as const;

/** Longest site name a per-site link may name (the same bound as the configuration server's site). */
const MAX_SITE_CHARS = 500;

const mbps = z.number().check(z.minimum(LINK_RANGES.mbps.min), z.maximum(LINK_RANGES.mbps.max));

/** Schema of the link settings; a link names at least one figure (no figure is no link: the setting is absent). */
export const linkSettingsSchema = z
  .strictObject({
    allSitesMbps: z.nullable(mbps),
    siteMbps: z._default(z.record(z.string().check(z.maxLength(MAX_SITE_CHARS)), mbps), {}),
    irGoalHours: z._default(
      z.number().check(z.minimum(LINK_RANGES.irGoalHours.min), z.maximum(LINK_RANGES.irGoalHours.max)),
      DEFAULT_IR_GOAL_HOURS,
    ),
  })
  .check(
    z.refine((l) => l.allSitesMbps !== null || Object.keys(l.siteMbps).length > 0, {
      // Said by whoever reads the issue (the payload's reader, the command line), from this code.
      params: { problem: 'no-link' },
    }),
  );

/** The link of `site` in Mbit/s, or null when it has none (its own figure first, else the one for all sites). */
export function siteLinkMbps(link: LinkSettings, site: string): number | null {
  // Own properties only: a site named like an Object method ("constructor") has no inherited link.
  return Object.hasOwn(link.siteMbps, site) ? link.siteMbps[site]! : link.allSitesMbps;
}

/** Link settings as set, or none when they name no figure (the page clears a link this way). */
export function linkOrNone(link: LinkSettings): LinkSettings | undefined {
  return link.allSitesMbps === null && Object.keys(link.siteMbps).length === 0 ? undefined : link;
}
