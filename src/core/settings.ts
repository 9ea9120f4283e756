import { z } from './schema';
import { DEFAULT_SETTINGS, type PlanSettings } from './model';
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
      // Said by whoever reads the issue (the payload's reader, the command line), from this code.
      z.refine(isRuleSetId, { params: { problem: 'rule-set' } }),
    ),
    DEFAULT_RULE_SET,
  ),
  // Absent (links and files made before the network, or no link set): no network figures.
  link: z.optional(linkSettingsSchema),
  // Absent in links and files made before it: not set, so nothing is estimated silently.
  churnRatePercent: z._default(z.nullable(range(SETTING_RANGES.churnRatePercent)), null),
});

/** What is wrong with one setting, as the schema found it: the figures its sentence is said from (`cli.option.settings`). */
export type SettingProblem =
  /** `origin`: what was measured (number, string …); `inclusive`: the limit itself is allowed. */
  | { problem: 'too-big' | 'too-small'; origin: string; limit: number; inclusive: boolean }
  /** `received`: the type of the value given ('NaN', 'Infinity' for numbers that are not). */
  | { problem: 'type'; expected: string; received: string }
  /** `values`: the values allowed, as JSON. */
  | { problem: 'one-of'; values: readonly string[] }
  | { problem: 'rule-set'; ruleSets: readonly string[] }
  | { problem: 'no-link' }
  | { problem: 'unrecognized'; keys: readonly string[] }
  | { problem: 'invalid' };

/** A setting refused: its dotted path ('' for the settings as a whole) and what is wrong. */
export interface SettingIssue {
  code: 'bad-setting';
  params: { setting: string; problem: SettingProblem };
}

/** Settings, or every setting refused (core says no sentence: the catalogue words them). */
export type SettingsResult = { ok: true; value: PlanSettings } | { ok: false; issues: SettingIssue[] };

/** Validates settings, filling absent fields from the defaults. */
export function parseSettings(input: unknown): SettingsResult {
  const merged = typeof input === 'object' && input !== null ? { ...DEFAULT_SETTINGS, ...input } : input;
  const r = planSettingsSchema.safeParse(merged);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({ code: 'bad-setting', params: { setting: i.path.join('.'), problem: settingProblem(i, merged) } })),
  };
}

function settingProblem(i: z.core.$ZodIssue, input: unknown): SettingProblem {
  switch (i.code) {
    case 'too_big':
    case 'too_small': {
      const limit = Number(i.code === 'too_big' ? i.maximum : i.minimum);
      return { problem: i.code === 'too_big' ? 'too-big' : 'too-small', origin: i.origin, limit, inclusive: i.inclusive === true };
    }
    case 'invalid_type':
      return { problem: 'type', expected: i.expected, received: typeName(valueAt(input, i.path)) };
    case 'invalid_value':
      return { problem: 'one-of', values: i.values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))) };
    case 'unrecognized_keys':
      return { problem: 'unrecognized', keys: i.keys };
    case 'custom':
      if (i.params?.problem === 'rule-set') return { problem: 'rule-set', ruleSets: ruleSetIds() };
      return i.params?.problem === 'no-link' ? { problem: 'no-link' } : { problem: 'invalid' };
    default:
      return { problem: 'invalid' };
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

// The type of a value as zod names it: a number that is not finite by its value, null and arrays by name.
function typeName(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? 'number' : String(v);
  if (v === null) return 'null';
  return Array.isArray(v) ? 'array' : typeof v;
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
