import { hostKey } from '../core/host-name';
import type { LinkSettings, Machine } from '../core/model';
import { DEFAULT_IR_GOAL_HOURS, LINK_RANGES } from '../core/network';

type RawLink = { allSitesMbps: number | null; siteMbps: Record<string, number>; irGoalHours?: number };

const rawLink = (raw: Record<string, unknown>): RawLink => (raw.link ??= { allSitesMbps: null, siteMbps: {} }) as RawLink;

/**
 * `--link-mbps <n>` (every site), `--link-mbps <site>=<n>` (one site; repeatable, the last figure
 * of a site wins) and `--ir-goal-hours <h>` into the raw settings; an error message, or null.
 */
export function applyLink(name: string, value: string, raw: Record<string, unknown>, num: (v: string) => number): string | null {
  if (name === 'ir-goal-hours') {
    const h = num(value);
    const r = LINK_RANGES.irGoalHours;
    if (Number.isNaN(h) || h < r.min || h > r.max)
      return `--ir-goal-hours takes a number of hours from ${r.min} to ${r.max}, got "${value}"`;
    rawLink(raw).irGoalHours = h;
    return null;
  }
  // A site's name may hold "=", a figure never does: the figure is after the last one.
  const eq = value.lastIndexOf('=');
  const figure = num(eq < 0 ? value : value.slice(eq + 1));
  const r = LINK_RANGES.mbps;
  if (Number.isNaN(figure) || figure < r.min || figure > r.max)
    return `--link-mbps takes Mbit/s from ${r.min} to ${r.max}, for all sites (<n>) or one site (<site>=<n>); got "${value}"`;
  const link = rawLink(raw);
  if (eq < 0) link.allSitesMbps = figure;
  else link.siteMbps[value.slice(0, eq).trim()] = figure;
  return null;
}

/** Completes the raw link (goal defaulted); an error when a goal was given without a link. */
export function linkSetting(raw: Record<string, unknown>): string | null {
  const link = raw.link as RawLink | undefined;
  if (!link) return null;
  if (link.allSitesMbps === null && Object.keys(link.siteMbps).length === 0) return '--ir-goal-hours needs a link: add --link-mbps';
  link.irGoalHours ??= DEFAULT_IR_GOAL_HOURS;
  return null;
}

/**
 * The link's sites spelled as the inventory spells them (sites compare as host names do), or the
 * message for a site the inventory does not have: a probable typo, refused like `--config-site`.
 */
export function matchLinkSites(link: LinkSettings, machines: readonly Machine[]): { link: LinkSettings } | { error: string } {
  const spelling = new Map<string, string>();
  for (const m of machines) if (!spelling.has(hostKey(m.site))) spelling.set(hostKey(m.site), m.site);
  const siteMbps: Record<string, number> = {};
  for (const [site, mbps] of Object.entries(link.siteMbps)) {
    const spelled = spelling.get(hostKey(site));
    if (spelled === undefined) {
      const sites = [...spelling.values()].map((s) => `"${s}"`).join(', ');
      return { error: `--link-mbps "${site}=…" names no site of this inventory (sites: ${sites})` };
    }
    siteMbps[spelled] = mbps;
  }
  return { link: { ...link, siteMbps } };
}
