import { tierCapacity } from '../core/capacity';
import type { PlanWarning, UnplacedParams, UnplacedReason } from '../core/model';
import { DEFAULT_RULE_SET, largestTier, ruleSetById } from '../core/rules';
import { roundTo } from '../core/units';
import type { Translate } from './catalogue';
import type { DocWarning, PageWarning, TierLimits } from './plan-warning-types';

/*
 * Plan warnings and unplaced reasons in the translator's language, from their codes and params:
 * the page's sentences (`warningText`, `unplacedText`) and the published ones (`warningDocText`,
 * `unplacedDocText`, English at the edge). The entries are typed against the unions, so a code
 * and its params always belong together.
 */

/** A warning as published or planned: its code and params (what the plan adds, such as why, is optional here). */
type Warning = { code: PlanWarning['code']; params: object };

/** Why an item can't be placed: its code, params and group. */
type Unplaced = { code: UnplacedReason; params: UnplacedParams; group: string };

// A dedicated item's tier limits at the plan's headroom: the planner gives a dedicated server the
// largest tier of the rule set's scaling role, at the plan's headroom.
function tierLimits(ruleSet: string, headroomPercent: number): TierLimits {
  const rules = ruleSetById(ruleSet);
  const cap = tierCapacity(largestTier(rules, rules.scaling.role), headroomPercent);
  return { machines: cap.machines, churnGBPerDay: roundTo(cap.churnGBPerDay, 2) };
}

// What the sentences add to a warning's published params: the role, and a dedicated server's limits.
function said(w: Warning, ruleSet: string): object {
  const role = ruleSetById(ruleSet).scaling.role;
  if (w.code !== 'dedicated-server') return { ...w.params, role };
  const p = w.params as Extract<PlanWarning, { code: 'dedicated-server' }>['params'];
  return { ...p, role, limits: tierLimits(ruleSet, p.headroomPercent) };
}

/** A plan warning as the page says it, in the words of the plan's rule set. */
export function warningText(tr: Translate, w: Warning, ruleSet: string = DEFAULT_RULE_SET): string {
  const render = tr as unknown as (key: `warning.${PageWarning['code']}`, p: object) => string;
  return render(`warning.${w.code}`, said(w, ruleSet));
}

/** A plan warning as the published documents say it; an unplaced item's also says why. */
export function warningDocText(tr: Translate, w: PlanWarning, ruleSet: string = DEFAULT_RULE_SET): string {
  const render = tr as unknown as (key: `warning-doc.${DocWarning['code']}`, p: object) => string;
  const why = w.code === 'unplaced' ? { why: { ...w.why, group: w.params.group } } : {};
  return render(`warning-doc.${w.code}`, { ...said(w, ruleSet), ...why });
}

/** Why an item can't be placed, as the page says it. */
export function unplacedText(tr: Translate, u: Unplaced, ruleSet: string = DEFAULT_RULE_SET): string {
  const render = tr as unknown as (key: `unplaced.${UnplacedReason}`, p: object) => string;
  return render(`unplaced.${u.code}`, { ...u.params, group: u.group, role: ruleSetById(ruleSet).scaling.role });
}

/** Why an item can't be placed, as the published documents say it. */
export function unplacedDocText(tr: Translate, u: Unplaced, ruleSet: string = DEFAULT_RULE_SET): string {
  const render = tr as unknown as (key: `unplaced-doc.${UnplacedReason}`, p: object) => string;
  return render(`unplaced-doc.${u.code}`, { ...u.params, group: u.group, role: ruleSetById(ruleSet).scaling.role });
}
