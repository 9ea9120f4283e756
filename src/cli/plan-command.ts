import { documentId } from '../core/document-id';
import type { PlanDocument } from '../core/plan-document';
import { planJson } from '../io/documents';
import { ruleSetIds } from '../core/rules';
import { planWorkbookSheets } from '../io/plan-workbook';
import type { InventoryRead } from '../io/inventory';
import { factLookup, machineFacts } from '../io/machine-facts';
import { planRead } from '../io/plan-inventory';
import { cliOptionText } from '../i18n/cli-option-text';
import { issueTextEn } from '../i18n/read-issue-text';
import { parseArgs } from './args';
import { failureText } from './cli-failure';
import { formatPlan } from './format-plan';
import { matchLinkSites } from './link-options';
import { loadInventory } from './load-inventory';
import { inapplicableOption } from './rule-set-options';
import { terminalText, type CommandIo } from './run';
import { fileName, today, writeWorkbookFile } from './write-workbook';

const USAGE = `usage: asr-planner plan <inventory.csv|.xlsx|.xlsm> [--json] [--xlsx <plan.xlsx>] [--multiplier <x>] [--growth <percent>]
       [--headroom <percent>] [--no-config-server-ps] [--config-site <site>]
       [--strategy fewest-servers|least-vcpu] [--rule-set ${ruleSetIds().join('|')}]
       [--link-mbps <n>|<site>=<n>]... [--ir-goal-hours <h>]
       [--column <field>=<header>]... [--delimiter comma|semicolon|tab] [--decimal-mark .|,]
       [--sheet <name>] [--churn-rate <percent of used storage per day>]`;

/** `plan`: the deployment plan for an inventory; `--xlsx` also writes the plan workbook. */
export async function planCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, ['xlsx']);
  if (!args.ok) return io.fail(2, `plan: ${cliOptionText(args.issues[0])}\n${USAGE}`);
  if (args.value.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const refused = inapplicableOption(args.value.settings);
  if (refused) return io.fail(2, `plan: ${cliOptionText(refused)}\n${USAGE}`);
  const read = await loadInventory(args.value);
  if (!read.ok) return io.fail(read.exit ?? 1, `plan: ${failureText(read.failure)}`);
  const link = args.value.settings.link && matchLinkSites(args.value.settings.link, read.value.machines);
  if (link && 'error' in link) return io.fail(2, `plan: ${cliOptionText(link.error)}\n${USAGE}`);
  const settings = link ? { ...args.value.settings, link: link.link } : args.value.settings;
  const { document } = planRead(read.value, settings);
  const id = documentId(read.value.inputKey, document.settings);
  const notices = read.value.notices.map(issueTextEn);
  // The readable report goes to a terminal: a name's escape sequence must not reach it as one.
  io.out(args.value.json ? planJson(document, id) : terminalText(formatPlan(document, args.value.file, notices, id)));
  const xlsx = args.value.extra.xlsx;
  return xlsx === undefined ? 0 : writeWorkbook(xlsx, document, id, read.value, args.value.file, io);
}

function writeWorkbook(path: string, doc: PlanDocument, id: string, read: InventoryRead, file: string, io: CommandIo): Promise<number> {
  const sheets = planWorkbookSheets({
    doc,
    documentId: id,
    inventoryName: fileName(file),
    factOf: factLookup(machineFacts(read), doc.settings.churnRatePercent ?? null),
    date: today(),
  });
  return writeWorkbookFile('plan', path, sheets, io);
}
