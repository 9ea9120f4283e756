import { asrClassic } from './asr-classic';
import { asrModernized } from './asr-modernized';
import type { RuleSet, RuleSource } from './rule-set';

/*
 * The registered rule sets. A new rule set is one data file and one `registerRuleSet` line below;
 * the planner, the documents, the page and the CLI find it here (see README.md in this folder).
 */

const registry = new Map<string, RuleSet>();

/** Adds a rule set; its id must be new. */
export function registerRuleSet(rules: RuleSet): void {
  if (registry.has(rules.id)) throw new Error(`rule set ${rules.id} is already registered`);
  registry.set(rules.id, rules);
}

registerRuleSet(asrClassic);
registerRuleSet(asrModernized);

/** The rule set plans start from: the architecture of the source documents. */
export const DEFAULT_RULE_SET = asrClassic.id;

/** The ids of every registered rule set, in registration order. */
export function ruleSetIds(): string[] {
  return [...registry.keys()];
}

/** True when `id` names a registered rule set. */
export function isRuleSetId(id: string): boolean {
  return registry.has(id);
}

/** The rule set of an id; throws for an unknown id (settings are parsed before they get here). */
export function ruleSetById(id: string): RuleSet {
  const rules = registry.get(id);
  if (!rules) throw new Error(`no rule set "${id}"; the rule sets are ${ruleSetIds().join(', ')}`);
  return rules;
}

/** Every document a rule set cites, once each, in the order met. */
export function sourcesOf(rules: RuleSet): RuleSource[] {
  const all = [
    ...rules.tiers.map((t) => t.source),
    ...(rules.builtIn ? [rules.builtIn.share.machines.source, rules.builtIn.share.churnGBPerDay.source] : []),
    rules.peakChurnLimitMBps.source,
    ...(rules.nearLimit ? [rules.nearLimit.source] : []),
    ...(rules.configurationServerMachines ?? []).map((l) => l.source),
    ...(rules.serversPerVault ? [rules.serversPerVault.source] : []),
    ...(rules.minimumHardware ? [rules.minimumHardware.source] : []),
    rules.deployment.source,
    ...(rules.retired?.sources ?? []),
    ...(rules.references ?? []),
  ];
  return [...new Map(all.map((s) => [`${s.url}|${s.docDate}`, s])).values()];
}
