import type { PlanSettings } from '../../core/model';

/**
 * A plain copy of the store's settings, to post to the worker or keep: a spread alone would carry
 * the nested link as a store proxy, which structured cloning refuses.
 */
export function settingsSnapshot(s: PlanSettings): PlanSettings {
  const { link, ...rest } = s;
  return link
    ? { ...rest, link: { allSitesMbps: link.allSitesMbps, siteMbps: { ...link.siteMbps }, irGoalHours: link.irGoalHours } }
    : { ...rest };
}
