import { planJson } from '../core/plan-document';
import { ruleSetIds } from '../core/rules/registry';
import { planRead } from '../io/plan-inventory';
import { parseArgs } from './args';
import { formatPlan } from './format-plan';
import { loadInventory } from './load-inventory';
import { inapplicableOption } from './rule-set-options';
import { terminalText, type CommandIo } from './run';

const USAGE = `usage: asr-planner plan <inventory.csv|.xlsx|.xlsm> [--json] [--multiplier <x>] [--growth <percent>]
       [--headroom <percent>] [--no-config-server-ps] [--config-site <site>]
       [--strategy fewest-servers|least-vcpu] [--rule-set ${ruleSetIds().join('|')}]
       [--column <field>=<header>]... [--delimiter comma|semicolon|tab] [--decimal-mark .|,]
       [--sheet <name>] [--churn-rate <percent of used storage per day>]`;

/** `plan`: the deployment plan for an inventory. */
export async function planCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) return io.fail(2, `plan: ${args.issues[0]!.message}\n${USAGE}`);
  if (args.value.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const refused = inapplicableOption(args.value.settings);
  if (refused) return io.fail(2, `plan: ${refused}\n${USAGE}`);
  const read = await loadInventory(args.value);
  if (!read.ok) return io.fail(read.exit ?? 1, `plan: ${read.issues[0]!.message}`);
  const { document } = planRead(read.value, args.value.settings);
  const notices = read.value.notices.map((n) => n.message);
  // The readable report goes to a terminal: a name's escape sequence must not reach it as one.
  io.out(args.value.json ? planJson(document) : terminalText(formatPlan(document, args.value.file, notices)));
  return 0;
}
