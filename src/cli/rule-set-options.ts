import type { PlanSettings } from '../core/model';
import { ruleSetById, type RuleSet, type RuleSetOption, tiersOf } from '../core/rules';
import { unusedOptions } from '../core/settings';

const FLAG: Record<RuleSetOption, (s: PlanSettings) => string> = {
  useConfigServerPs: () => '--no-config-server-ps',
  configSite: () => '--config-site',
  strategy: (s) => `--strategy ${s.strategy}`,
};

// Why an option means nothing under a rule set, from the rule set's own data.
function why(option: RuleSetOption, rules: RuleSet): string {
  if (option !== 'strategy') return rules.builtIn ? 'it does not use this setting' : 'it has no configuration server';
  return tiersOf(rules, rules.scaling.role).length === 1
    ? `every server is one size (${tiersOf(rules, rules.scaling.role)[0]!.id}), so the fewest servers are also the least vCPU`
    : 'it does not use a strategy';
}

/**
 * The first option the command line set that the chosen rule set does not use, said with the
 * reason; null when every option applies. Refused rather than ignored: a plan must not look as if
 * it followed a setting it did not.
 */
export function inapplicableOption(settings: PlanSettings): string | null {
  const rules = ruleSetById(settings.ruleSet);
  const [option] = unusedOptions(settings, rules);
  if (option === undefined) return null;
  return `${FLAG[option](settings)} does not apply to rule set ${rules.id}: ${why(option, rules)}`;
}
