import { inEnglish, z } from './schema';
import { DEFAULT_SETTINGS, type PlanSettings } from './model';
import type { Issue, Result } from './result';
import { DEFAULT_RULE_SET, isRuleSetId, ruleSetIds, type RuleSet, type RuleSetOption } from './rules';
import { linkSettingsSchema } from './network';

/** Accepted range of each numeric setting. The app's sliders use narrower ranges inside these. */
export const SETTING_RANGES = {
  multiplier: { min: 0.01, max: 100 },
  growthPercent: { min: 0, max: 1000 },
  headroomPercent: { min: 50, max: 100 },
  churnRatePercent: { min: 0, max: 100 },
} as const;

/** Ranges the app's controls offer (issue: web app, controls). */
export const CONTROL_RANGES = {
  multiplier: { min: 0.5, max: 3, step: 0.05 },
  growthPercent: { min: 0, max: 100, step: 1 },
  headroomPercent: { min: 50, max: 100, step: 1 },
} as const;

/** Presets named after their source. */
export const PRESETS = {
  deploymentPlannerGrowthPercent: 30,
  troubleshootingHeadroomPercent: 70,
} as const;

/** Longest configuration-server site name a setting may hold. */
export const MAX_CONFIG_SITE_CHARS = 500;

// zod's number refuses NaN and ±Infinity itself.
const range = (r: { min: number; max: number }) => z.number().check(z.minimum(r.min), z.maximum(r.max));

/** Schema of plan settings, for anything that arrives from outside (CLI, links, storage). */
export const planSettingsSchema = z.strictObject({
  multiplier: range(SETTING_RANGES.multiplier),
  growthPercent: range(SETTING_RANGES.growthPercent),
  headroomPercent: range(SETTING_RANGES.headroomPercent),
  useConfigServerPs: z.boolean(),
  configSite: z.nullable(z.string().check(z.maxLength(MAX_CONFIG_SITE_CHARS))),
  strategy: z.enum(['fewest-servers', 'least-vcpu']),
  // Checked against the registry when parsed (not when this module loads), so a rule set registered
  // later is accepted too. Absent, as in links and files made before rule sets, it is the default.
  ruleSet: z._default(
    z.string().check(
      z.refine(isRuleSetId, {
        error: () =>
          `must be one of ${ruleSetIds()
            .map((id) => JSON.stringify(id))
            .join(', ')}`,
        // Said by whoever reads the issue (the payload's reader, the command line), from this code.
        params: { problem: 'rule-set' },
      }),
    ),
    DEFAULT_RULE_SET,
  ),
  // Absent (links and files made before the network, or no link set): no network figures.
  link: z.optional(linkSettingsSchema),
  // Absent in links and files made before it: not set, so nothing is estimated silently.
  churnRatePercent: z._default(z.nullable(range(SETTING_RANGES.churnRatePercent)), null),
});

/** Validates settings, filling absent fields from the defaults. */
export function parseSettings(input: unknown): Result<PlanSettings> {
  const merged = typeof input === 'object' && input !== null ? { ...DEFAULT_SETTINGS, ...input } : input;
  const r = planSettingsSchema.safeParse(merged, inEnglish());
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i): Issue => ({
      code: 'bad-setting',
      message: `${i.path.join('.') || 'settings'}: ${i.message}`,
      params: { setting: i.path.join('.') },
    })),
  };
}

/**
 * The settings a plan under `rules` actually follows: options the rule set does not use take the
 * value that is true of its topology (no configuration server: its built-in process server off and
 * no site; one objective: fewest servers), so the same plan always carries the same settings.
 */
export function effectiveSettings(settings: PlanSettings, rules: RuleSet): PlanSettings {
  const applies = (o: RuleSetOption) => rules.options.includes(o);
  return {
    ...settings,
    useConfigServerPs: applies('useConfigServerPs') ? settings.useConfigServerPs : rules.builtIn !== undefined,
    configSite: applies('configSite') ? settings.configSite : null,
    strategy: applies('strategy') ? settings.strategy : DEFAULT_SETTINGS.strategy,
    ruleSet: rules.id,
  };
}

/** The options set away from their defaults that `rules` does not use (the CLI refuses them). */
export function unusedOptions(settings: PlanSettings, rules: RuleSet): RuleSetOption[] {
  const all: RuleSetOption[] = ['useConfigServerPs', 'configSite', 'strategy'];
  return all.filter((o) => !rules.options.includes(o) && settings[o] !== DEFAULT_SETTINGS[o]);
}
