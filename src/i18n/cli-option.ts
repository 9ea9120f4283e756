/*
 * The command line's option errors as data: a code and the figures its sentence is said from,
 * rendered by the catalogue's `cli.option.<code>` entry (cli-option-text.ts) (English on the terminal, as every CLI
 * sentence is). The union lives here, not in src/cli, because the catalogue's entries are typed
 * against it and i18n may not import the CLI.
 */

import type { SettingIssue } from '../core/settings';

/** A range an option's figure must fall in, and what was given. */
interface Range {
  min: number;
  max: number;
  value: string;
}

/** Why a rule set has no use for an option: the setting is unused, there is no configuration server, no strategy, or one size only. */
export type UnusedWhy = 'unused' | 'no-configuration-server' | 'no-strategy' | 'one-size';

/** Why the command line's options were refused: a code and its typed figures. */
export type CliOption =
  /** `option` without its leading `--`, as every option below. */
  | { code: 'takes-no-value'; params: { option: string } }
  | { code: 'unknown'; params: { option: string } }
  | { code: 'needs-value'; params: { option: string } }
  | { code: 'no-file'; params: Record<string, never> }
  | { code: 'file-count'; params: { count: number } }
  | { code: 'number-range'; params: Range & { option: string } }
  | { code: 'churn-rate'; params: Range }
  | { code: 'ir-goal-hours'; params: Range }
  | { code: 'link-mbps'; params: Range }
  | { code: 'goal-without-link'; params: Record<string, never> }
  /** `sites`: the inventory's sites as it spells them. */
  | { code: 'link-site'; params: { site: string; sites: readonly string[] } }
  | { code: 'strategy'; params: { value: string } }
  | { code: 'rule-set'; params: { ruleSets: readonly string[]; value: string } }
  | { code: 'column'; params: { fields: readonly string[]; value: string } }
  | { code: 'delimiter'; params: { value: string } }
  | { code: 'decimal-mark'; params: { value: string } }
  | { code: 'plan-only'; params: { option: string; command: string } }
  /** An option the rule set does not use (`value`: the option's own, e.g. the strategy; `tier`: the one size, for `one-size`). */
  | { code: 'rule-set-unused'; params: { option: string; value: string | null; ruleSet: string; why: UnusedWhy; tier: string | null } }
  | { code: 'sheet-on-text'; params: { file: string } }
  | { code: 'config-site'; params: { site: string; sites: readonly string[] } }
  /** The settings' own checks (core/settings.ts): each refused setting and what is wrong with it. */
  | { code: 'settings'; params: { issues: readonly SettingIssue[] } };
