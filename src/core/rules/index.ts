/** Rule sets as data: the public surface of `src/core/rules` (the registry, the contract, tier helpers). */

export { isRuleSetId, ruleSetIds, ruleSetById, DEFAULT_RULE_SET, sourcesOf } from './registry';
export type { RuleSet, RuleSetOption, ServerRole, Tier, BuiltInServer, DeployStep, RuleSource } from './rule-set';
export { tiersOf, largestTier, smallestFittingTier } from './tiers';
export type { AlertLevel, Comparison, HealthAction, HealthRuleSet, HealthSignal, HealthStatus, HealthThreshold } from './health-rule-set';
export { asrClassic } from './asr-classic';
export { asrClassicHealth } from './health-asr-classic';
