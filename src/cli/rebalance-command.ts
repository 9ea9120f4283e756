import type { Result } from '../core/result';
import { rebalanceRead } from '../io/rebalance-inventory';
import { readServers, type ServersRead } from '../io/servers';
import { parseArgs } from './args';
import { formatRebalance } from './format-rebalance';
import { loadInventory } from './load-inventory';
import { readTextFile } from './read-file';
import { terminalText, type CommandIo } from './run';

const USAGE = `usage: asr-planner rebalance <inventory.csv> [--servers <servers.csv>] [--json]
       [--headroom <percent>] [--multiplier <x>] [--growth <percent>]
       [--column <field>=<header>]... [--delimiter comma|semicolon|tab] [--decimal-mark .|,]`;

// Plan options that mean nothing for a running deployment (a classic one): refused rather than silently ignored.
const PLAN_ONLY = ['--strategy', '--config-site', '--no-config-server-ps', '--rule-set'];

/** `rebalance`: health of a running deployment's process servers and the moves that relieve them. */
export async function rebalanceCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const planOnly = argv.find((a) => PLAN_ONLY.some((o) => a === o || a.startsWith(`${o}=`)));
  if (planOnly) return io.fail(2, `rebalance: ${planOnly.split('=')[0]} applies to plan, not to rebalance\n${USAGE}`);
  const args = parseArgs(argv, ['servers']);
  if (!args.ok) return io.fail(2, `rebalance: ${args.issues[0]!.message}\n${USAGE}`);
  if (args.value.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const read = await loadInventory(args.value);
  if (!read.ok) return io.fail(read.exit ?? 1, `rebalance: ${read.issues[0]!.message}`);
  const serversFile = args.value.extra.servers ?? null;
  const servers = serversFile === null ? null : loadServers(serversFile);
  if (servers && !servers.ok) return io.fail(1, `rebalance: ${servers.issues[0]!.message}`);
  const s = args.value.settings;
  const done = rebalanceRead(read.value, servers?.value ?? null, {
    multiplier: s.multiplier,
    growthPercent: s.growthPercent,
    headroomPercent: s.headroomPercent,
  });
  if (!done.ok) return io.fail(1, `rebalance: "${args.value.file}": ${done.issues[0]!.message}`);
  const doc = done.value.document;
  io.out(
    args.value.json
      ? `${JSON.stringify(doc, null, 2)}\n`
      : terminalText(formatRebalance(doc, { inventory: args.value.file, servers: serversFile })),
  );
  return 0;
}

function loadServers(file: string): Result<ServersRead> {
  const text = readTextFile(file);
  if (!text.ok) return text;
  const read = readServers(text.value.text);
  if (!read.ok) return { ok: false, issues: read.issues.map((i) => ({ ...i, message: `"${file}": ${i.message}` })) };
  if (read.value.servers.length === 0) {
    const first = read.value.rejected[0];
    const message = first
      ? `"${file}" has no valid server row: all ${read.value.dataRows} data rows were rejected. First: line ${first.line}: ${first.message}`
      : `"${file}" has a header but no server rows.`;
    return { ok: false, issues: [{ code: 'no-valid-row', message }] };
  }
  return read;
}
