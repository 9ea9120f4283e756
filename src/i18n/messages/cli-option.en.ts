import type { SettingIssue, SettingProblem } from '../../core/settings';
import type { CliOption, UnusedWhy } from '../cli-option';
import type { Entries } from '../families';

/*
 * The command line's option errors, English: what `plan`, `rebalance` and `migrate` print before
 * their usage. Figures are written as JavaScript writes numbers (0.01, 1000000), as the options take them.
 */

type P<C extends CliOption['code']> = Extract<CliOption, { code: C }>['params'];

const UNUSED: Record<UnusedWhy, (tier: string | null) => string> = {
  unused: () => 'it does not use this setting',
  'no-configuration-server': () => 'it has no configuration server',
  'no-strategy': () => 'it does not use a strategy',
  'one-size': (tier) => `every server is one size (${tier}), so the fewest servers are also the least vCPU`,
};

const quoted = (xs: readonly string[]) => xs.map((s) => `"${s}"`).join(', ');

// Sizes are said with their unit ("to have <=500 characters"); other limits as a bound ("to be <=100").
const SIZED: Record<string, string> = { string: 'characters', file: 'bytes', array: 'items', set: 'items', map: 'entries' };

// In zod's own English words, as the command line has always printed them.
function settingProblemEn(p: SettingProblem): string {
  switch (p.problem) {
    case 'too-big':
    case 'too-small': {
      const adj = p.problem === 'too-big' ? (p.inclusive ? '<=' : '<') : p.inclusive ? '>=' : '>';
      const unit = SIZED[p.origin];
      const lead = p.problem === 'too-big' ? 'Too big' : 'Too small';
      return `${lead}: expected ${p.origin} ${unit ? `to have ${adj}${p.limit} ${unit}` : `to be ${adj}${p.limit}`}`;
    }
    case 'type':
      return `Invalid input: expected ${p.expected}, received ${p.received}`;
    case 'one-of':
      return p.values.length === 1 ? `Invalid input: expected ${p.values[0]}` : `Invalid option: expected one of ${p.values.join('|')}`;
    case 'rule-set':
      return `must be one of ${quoted(p.ruleSets)}`;
    case 'no-link':
      return 'names no link: give a figure for all sites or for one site at least';
    case 'unrecognized':
      return `Unrecognized key${p.keys.length > 1 ? 's' : ''}: ${quoted(p.keys)}`;
    case 'invalid':
      return 'Invalid input';
  }
}

/** A refused setting in English: its path ('settings' for the whole), then what is wrong ("headroomPercent: Too small: expected number to be >=50"). */
export const settingIssueEn = (i: SettingIssue): string => `${i.params.setting || 'settings'}: ${settingProblemEn(i.params.problem)}`;

/** Option errors, English. */
export const cliOptionEn: Entries<'cli.option', CliOption> = {
  'cli.option.takes-no-value': (p: P<'takes-no-value'>) => `--${p.option} takes no value`,
  'cli.option.unknown': (p: P<'unknown'>) => `unknown option --${p.option}`,
  'cli.option.needs-value': (p: P<'needs-value'>) => `--${p.option} needs a value`,
  'cli.option.no-file': () => 'missing the inventory CSV file',
  'cli.option.file-count': (p: P<'file-count'>) => `expected one inventory file, got ${p.count}`,
  'cli.option.number-range': (p: P<'number-range'>) => `--${p.option} takes a number from ${p.min} to ${p.max}, got "${p.value}"`,
  'cli.option.churn-rate': (p: P<'churn-rate'>) => `--churn-rate takes a percent from ${p.min} to ${p.max}, got "${p.value}"`,
  'cli.option.ir-goal-hours': (p: P<'ir-goal-hours'>) =>
    `--ir-goal-hours takes a number of hours from ${p.min} to ${p.max}, got "${p.value}"`,
  'cli.option.link-mbps': (p: P<'link-mbps'>) =>
    `--link-mbps takes Mbit/s from ${p.min} to ${p.max}, for all sites (<n>) or one site (<site>=<n>); got "${p.value}"`,
  'cli.option.goal-without-link': () => '--ir-goal-hours needs a link: add --link-mbps',
  'cli.option.link-site': (p: P<'link-site'>) => `--link-mbps "${p.site}=…" names no site of this inventory (sites: ${quoted(p.sites)})`,
  'cli.option.strategy': (p: P<'strategy'>) => `--strategy is fewest-servers or least-vcpu, got "${p.value}"`,
  'cli.option.rule-set': (p: P<'rule-set'>) => `--rule-set is ${p.ruleSets.join(' or ')}, got "${p.value}"`,
  'cli.option.column': (p: P<'column'>) => `--column takes field=Header with a field of ${p.fields.join(', ')}; got "${p.value}"`,
  'cli.option.delimiter': (p: P<'delimiter'>) => `--delimiter is comma, semicolon or tab, got "${p.value}"`,
  'cli.option.decimal-mark': (p: P<'decimal-mark'>) => `--decimal-mark is . or , got "${p.value}"`,
  'cli.option.plan-only': (p: P<'plan-only'>) => `--${p.option} applies to plan, not to ${p.command}`,
  'cli.option.rule-set-unused': (p: P<'rule-set-unused'>) =>
    `--${p.option}${p.value === null ? '' : ` ${p.value}`} does not apply to rule set ${p.ruleSet}: ${UNUSED[p.why](p.tier)}`,
  'cli.option.sheet-on-text': (p: P<'sheet-on-text'>) => `--sheet applies to a workbook (.xlsx, .xlsm), and "${p.file}" is text`,
  'cli.option.config-site': (p: P<'config-site'>) =>
    `--config-site "${p.site}" is not a site of this inventory (sites: ${quoted(p.sites)})`,
  'cli.option.settings': (p: P<'settings'>) => p.issues.map(settingIssueEn).join('; '),
};
