import { hostKey } from '../core/host-name';
import type { LinkSettings, Machine } from '../core/model';
import { DEFAULT_IR_GOAL_HOURS, LINK_RANGES } from '../core/network';
import type { CliOption } from '../i18n/cli-option';

type RawLink = { allSitesMbps: number | null; siteMbps: Record<string, number>; irGoalHours?: number };

const rawLink = (raw: Record<string, unknown>): RawLink => (raw.link ??= { allSitesMbps: null, siteMbps: {} }) as RawLink;

/**
 * `--link-mbps <n>` (every site), `--link-mbps <site>=<n>` (one site; repeatable, the last figure
 * of a site wins) and `--ir-goal-hours <h>` into the raw settings; the option error, or null.
 */
export function applyLink(name: string, value: string, raw: Record<string, unknown>, num: (v: string) => number): CliOption | null {
  if (name === 'ir-goal-hours') {
    const h = num(value);
    const r = LINK_RANGES.irGoalHours;
    if (Number.isNaN(h) || h < r.min || h > r.max) return { code: 'ir-goal-hours', params: { min: r.min, max: r.max, value } };
    rawLink(raw).irGoalHours = h;
    return null;
  }
  // A site's name may hold "=", a figure never does: the figure is after the last one.
  const eq = value.lastIndexOf('=');
  const figure = num(eq < 0 ? value : value.slice(eq + 1));
  const r = LINK_RANGES.mbps;
  if (Number.isNaN(figure) || figure < r.min || figure > r.max) return { code: 'link-mbps', params: { min: r.min, max: r.max, value } };
  const link = rawLink(raw);
  if (eq < 0) link.allSitesMbps = figure;
  else link.siteMbps[value.slice(0, eq).trim()] = figure;
  return null;
}

/** Completes the raw link (goal defaulted); an error when a goal was given without a link. */
export function linkSetting(raw: Record<string, unknown>): CliOption | null {
  const link = raw.link as RawLink | undefined;
  if (!link) return null;
  if (link.allSitesMbps === null && Object.keys(link.siteMbps).length === 0) return { code: 'goal-without-link', params: {} };
  link.irGoalHours ??= DEFAULT_IR_GOAL_HOURS;
  return null;
}

/**
 * The link's sites spelled as the inventory spells them (sites compare as host names do), or the
 * option error for a site the inventory does not have: a probable typo, refused like `--config-site`.
 */
export function matchLinkSites(link: LinkSettings, machines: readonly Machine[]): { link: LinkSettings } | { error: CliOption } {
  const spelling = new Map<string, string>();
  for (const m of machines) if (!spelling.has(hostKey(m.site))) spelling.set(hostKey(m.site), m.site);
  const siteMbps: Record<string, number> = {};
  for (const [site, mbps] of Object.entries(link.siteMbps)) {
    const spelled = spelling.get(hostKey(site));
    if (spelled === undefined) {
      return { error: { code: 'link-site', params: { site, sites: [...spelling.values()] } } };
    }
    siteMbps[spelled] = mbps;
  }
  return { link: { ...link, siteMbps } };
}
