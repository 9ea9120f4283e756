import type { PlanSettings } from '../core/model';
import { ruleSetById, type RuleSet, type RuleSetOption, tiersOf } from '../core/rules';
import { unusedOptions } from '../core/settings';
import type { CliOption, UnusedWhy } from '../i18n/cli-option';

const FLAG: Record<RuleSetOption, (s: PlanSettings) => { option: string; value: string | null }> = {
  useConfigServerPs: () => ({ option: 'no-config-server-ps', value: null }),
  configSite: () => ({ option: 'config-site', value: null }),
  strategy: (s) => ({ option: 'strategy', value: s.strategy }),
};

// Why an option means nothing under a rule set, from the rule set's own data.
function why(option: RuleSetOption, rules: RuleSet): { why: UnusedWhy; tier: string | null } {
  if (option !== 'strategy') return { why: rules.builtIn ? 'unused' : 'no-configuration-server', tier: null };
  const tiers = tiersOf(rules, rules.scaling.role);
  return tiers.length === 1 ? { why: 'one-size', tier: tiers[0]!.id } : { why: 'no-strategy', tier: null };
}

/**
 * The first option the command line set that the chosen rule set does not use, with the reason;
 * null when every option applies. Refused rather than ignored: a plan must not look as if it
 * followed a setting it did not.
 */
export function inapplicableOption(settings: PlanSettings): CliOption | null {
  const rules = ruleSetById(settings.ruleSet);
  const [option] = unusedOptions(settings, rules);
  if (option === undefined) return null;
  return { code: 'rule-set-unused', params: { ...FLAG[option](settings), ruleSet: rules.id, ...why(option, rules) } };
}
