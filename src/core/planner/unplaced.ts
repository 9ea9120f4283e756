import type { PlanWarning, UnplacedMachine, UnplacedParams } from '../model';
import type { Tier } from '../rules';
import { roundTo } from '../units';
import { unplacedWarning } from './explain';
import { membersOf, type SiteItems } from './items';

/**
 * Lists a site's unplaced items, machine by machine, with the reason: the item (a machine, or a
 * whole group) is over a limit of `top`, the largest tier of the rule set's scaling role.
 */
export function collectUnplaced(
  c: SiteItems,
  top: Tier,
  names: (i: number) => string,
  churnOf: (i: number) => number,
  out: UnplacedMachine[],
  warnings: PlanWarning[],
): void {
  for (const { item, code } of c.unplaced) {
    const byChurn = code === 'churn-over-limit';
    const params: UnplacedParams = {
      tier: top.id,
      limit: byChurn ? top.maxChurnGBPerDay : top.maxMachines,
      machines: item.machines,
      churnGBPerDay: roundTo(item.churn, 2),
    };
    warnings.push(unplacedWarning(item, names, { code, params }));
    for (const i of membersOf(item))
      out.push({ machine: names(i), site: c.site, group: item.group, churnGBPerDay: churnOf(i), code, params });
  }
}
