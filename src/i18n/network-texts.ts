import type { LinkSettings } from '../core/model';
import type { NetworkDocument, SiteNetworkDocument } from '../core/network';
import type { Translate } from './catalogue';

/** What a site's network says, sentence by sentence, in the translator's language (docs/rules.md#network). */
export function siteNetworkLines(tr: Translate, s: SiteNetworkDocument, goal: number): string[] {
  const lines = [tr('network.bandwidth', { average: s.averageMbps, link: s.linkMbps })];
  if (s.peakMbps !== null) lines.push(tr('network.peak', { peak: s.peakMbps, withoutPeak: s.peakMissing }));
  if (s.linkMbps === null) return [...lines, tr('network.noLink')];
  if (s.blockedCount > 0) lines.push(tr('network.irBlocked', { waves: s.waves.length, machines: s.blockedCount }));
  else if (s.irHours !== null) lines.push(tr('network.irDone', { waves: s.waves.length, hours: s.irHours, goal }));
  if (s.unknownSizeCount > 0) lines.push(tr('network.unknownSize', { machines: s.unknownSizeCount }));
  if (s.provisionedSized > 0) lines.push(tr('network.provisioned', { machines: s.provisionedSized }));
  return lines;
}

/** Where churn outruns a site's link: the backlog per site and each server whose cache fills (the risks). */
export function cacheLines(tr: Translate, n: NetworkDocument, siteName: (site: string) => string): string[] {
  const lines: string[] = [];
  for (const s of n.sites) {
    if (!s.backlogGBPerHour || s.linkMbps === null) continue;
    lines.push(tr('network.backlog', { site: siteName(s.site), average: s.averageMbps, link: s.linkMbps, gbPerHour: s.backlogGBPerHour }));
    for (const v of n.servers)
      if (v.site === s.site && v.cacheFullHours !== null)
        lines.push(tr('network.cacheFull', { id: v.id, cacheGB: v.cacheGB, hours: v.cacheFullHours }));
  }
  return lines;
}

/** The link settings in one sentence: each site's link (or the one for all sites) and the goal. */
export function linkSettingsText(tr: Translate, link: LinkSettings, siteName: (site: string) => string): string {
  const sites = Object.entries(link.siteMbps).map(([site, mbps]) => ({ site: siteName(site), mbps }));
  return tr('network.settingsText', { all: link.allSitesMbps, sites, goal: link.irGoalHours });
}

/** Each wave's start, from the waves before it (waves run one after another). */
export function waveStarts(s: SiteNetworkDocument): number[] {
  let at = 0;
  return s.waves.map((w) => {
    const start = at;
    at += w.hours;
    return start;
  });
}

/** The servers whose cache fills, and the soonest one's hours; null when none fills. */
export function cacheFills(n: NetworkDocument | undefined): { servers: number; hours: number } | null {
  const filling = (n?.servers ?? []).filter((s) => s.cacheFullHours !== null);
  return filling.length ? { servers: filling.length, hours: Math.min(...filling.map((s) => s.cacheFullHours!)) } : null;
}
