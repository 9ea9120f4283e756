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
  'cli.option.settings': (p: P<'settings'>) => p.messages.join('; '),
};
