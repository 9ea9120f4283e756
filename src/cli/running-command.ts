import { runningDocumentId } from '../core/document-id';
import type { Result } from '../core/result';
import { translator } from '../i18n/catalogue';
import { cliOptionText } from '../i18n/cli-option-text';
import { runningIssueText } from '../i18n/running-issue-text';
import { documentJson } from '../io/documents';
import type { InventoryRead } from '../io/inventory';
import type { RunningWorkbookInput, WorkbookSheet } from '../io/plan-workbook';
import type { ServersRead } from '../io/servers';
import { failureText } from './cli-failure';
import { parseArgs } from './args';
import { loadInventory } from './load-inventory';
import { loadServers, serversFailureText } from './load-servers';
import { terminalText, type CommandIo } from './run';
import { fileName, today, writeWorkbookFile } from './write-workbook';

/** The three settings a running deployment's commands read. */
export interface RunningSettings {
  multiplier: number;
  growthPercent: number;
  headroomPercent: number;
}

/** The files a running command read, by the names they were given. */
export interface RunningFiles {
  inventory: string;
  servers: string | null;
}

/** A command on a running classic deployment: its name, usage, and what it makes of the files read. */
export interface RunningCommand<D, P extends { settings: object }> {
  name: 'rebalance' | 'migrate';
  compute: (inventory: InventoryRead, servers: ServersRead | null, settings: RunningSettings) => Result<D>;
  /** The readable report; `id` is the published document's id, printed as `plan`'s report prints its own. */
  report: (doc: D, files: RunningFiles, id: string) => string;
  /** The published document: what `--json` prints (after its id) and the workbook holds. */
  published: (doc: D) => P;
  /** The sheets `--xlsx <file>` writes. */
  workbook: (doc: P, input: RunningWorkbookInput) => WorkbookSheet[];
}

/** The usage line of a running-deployment command. */
export const runningUsage = (
  name: string,
) => `usage: asr-planner ${name} <inventory.csv> [--servers <servers.csv>] [--json] [--xlsx <file.xlsx>]
       [--headroom <percent>] [--multiplier <x>] [--growth <percent>]
       [--column <field>=<header>]... [--delimiter comma|semicolon|tab] [--decimal-mark .|,]`;

// Plan options that mean nothing for a running deployment (a classic one): refused rather than silently ignored.
const PLAN_ONLY = ['--strategy', '--config-site', '--no-config-server-ps', '--rule-set'];

/**
 * Runs a running-deployment command (`rebalance`, `migrate`): the same options, inventory and
 * server-file reading and exit codes as each other (and as `plan`); `--json` prints the document
 * with its id, `--xlsx` also writes its workbook.
 */
export async function runRunning<D, P extends { settings: object }>(
  cmd: RunningCommand<D, P>,
  argv: readonly string[],
  io: CommandIo,
): Promise<number> {
  const { name } = cmd;
  const usage = runningUsage(name);
  const planOnly = argv.find((a) => PLAN_ONLY.some((o) => a === o || a.startsWith(`${o}=`)));
  if (planOnly) {
    const option = planOnly.split('=')[0]!.slice(2);
    return io.fail(2, `${name}: ${cliOptionText({ code: 'plan-only', params: { option, command: name } })}\n${usage}`);
  }
  const args = parseArgs(argv, ['servers', 'xlsx']);
  if (!args.ok) return io.fail(2, `${name}: ${cliOptionText(args.issues[0])}\n${usage}`);
  if (args.value.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  const read = await loadInventory(args.value);
  if (!read.ok) return io.fail(read.exit ?? 1, `${name}: ${failureText(read.failure)}`);
  const serversFile = args.value.extra.servers ?? null;
  const servers = serversFile === null ? null : loadServers(serversFile);
  if (servers && !servers.ok) return io.fail(1, `${name}: ${serversFailureText(servers)}`);
  const s = args.value.settings;
  const done = cmd.compute(read.value, servers?.value.read ?? null, {
    multiplier: s.multiplier,
    growthPercent: s.growthPercent,
    headroomPercent: s.headroomPercent,
  });
  // The pipelines refuse a deployment only for running issues (no process server named): said from their codes.
  if (!done.ok) return io.fail(1, `${name}: "${args.value.file}": ${runningIssueText(translator('en'), done.issues[0]!)}`);
  const published = cmd.published(done.value);
  const id = runningDocumentId(read.value.inputKey, name, published.settings, servers?.value.text ?? null);
  const files = { inventory: args.value.file, servers: serversFile };
  io.out(args.value.json ? documentJson(id, published) : terminalText(cmd.report(done.value, files, id)));
  const xlsx = args.value.extra.xlsx;
  if (xlsx === undefined) return 0;
  const input = {
    documentId: id,
    inventoryName: fileName(files.inventory),
    serversName: serversFile && fileName(serversFile),
    date: today(),
  };
  return writeWorkbookFile(name, xlsx, cmd.workbook(published, input), io);
}
