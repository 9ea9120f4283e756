import { createMemo } from 'solid-js';
import type { PlanDocument } from '../core/plan-document';
import { ruleSetById, type RuleSet } from '../core/rules';
import { planContext, type PlanContext } from '../i18n/plan-context';

/**
 * The rule set of the plan on screen and the words its sentences need, for the views: they ask
 * the rule set (its roles, built-in server, vaults, steps) instead of naming any of them.
 */
export function usePlanRules(doc: () => PlanDocument): { rules: () => RuleSet; ctx: () => PlanContext } {
  const id = createMemo(() => doc().ruleSet);
  const rules = createMemo(() => ruleSetById(id()));
  const ctx = createMemo(() => planContext(id()));
  return { rules, ctx };
}
