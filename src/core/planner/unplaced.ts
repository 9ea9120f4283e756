import type { PlanWarning, UnplacedMachine, UnplacedParams } from '../model';
import type { Tier } from '../rules';
import { roundTo } from '../units';
import { machinesText, oneServerText, unplacedWarning } from './explain';
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
  const one = oneServerText(top.role);
  for (const { item, code } of c.unplaced) {
    const byChurn = code === 'churn-over-limit';
    const params: UnplacedParams = {
      tier: top.id,
      limit: byChurn ? top.maxChurnGBPerDay : top.maxMachines,
      machines: item.machines,
      churnGBPerDay: roundTo(item.churn, 2),
    };
    const subject = item.group !== '' ? `its group "${item.group}" (${machinesText(item.machines)}, which must share one server)` : 'it';
    const reason = byChurn
      ? `${subject} changes ${params.churnGBPerDay} GB/day, more than the ${params.limit} GB/day one ${one} (${top.id}) replicates`
      : `${subject} holds more than the ${params.limit} machines one ${one} (${top.id}) replicates`;
    warnings.push(unplacedWarning(item, names, reason));
    for (const i of membersOf(item))
      out.push({ machine: names(i), site: c.site, group: item.group, churnGBPerDay: churnOf(i), reason, code, params });
  }
}
