import type { PlanWarning, UnplacedParams, UnplacedReason, WarnedItem } from '../core/model';
import type { ServerRole } from '../core/rules';

/*
 * Plan warnings and unplaced reasons as their sentences are said. The published params stay what
 * `plan --json` has always printed; what a sentence also gives is added where it is rendered: a
 * dedicated server's limits (from the rule set) and, in the documents, why an item is unplaced.
 */

type ParamsOf<C extends PlanWarning['code']> = Extract<PlanWarning, { code: C }>['params'];

/** A dedicated item's tier limits at the plan's headroom: machines and GB/day (2 decimals). */
export interface TierLimits {
  machines: number;
  churnGBPerDay: number;
}

/** Why an item can't be placed, as the unplaced sentences take it. */
export type UnplacedWhy = { code: UnplacedReason; params: UnplacedParams };

/** What every warning and unplaced sentence knows of the plan: the role of its scaling servers. */
export type RoleBase = { role: ServerRole };

/** A warning as the page says it (from the published params). */
export type PageWarning =
  | { code: 'dedicated-server'; params: ParamsOf<'dedicated-server'> & { limits: TierLimits } }
  | Exclude<PlanWarning, { code: 'dedicated-server' | 'unplaced' }>
  | { code: 'unplaced'; params: ParamsOf<'unplaced'> };

/** A warning as the documents say it: the page's figures, and why an unplaced item is. */
export type DocWarning =
  | Exclude<PageWarning, { code: 'unplaced' }>
  | { code: 'unplaced'; params: ParamsOf<'unplaced'> & { why: UnplacedWhy & { group: string } } };

/** The item a warning names. */
export type { WarnedItem };
