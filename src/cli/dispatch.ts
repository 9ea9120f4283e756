import type { CommandEntry } from './commands';
import type { CommandIo } from './run';

/** The program `asr-planner`: its version and its subcommands. */
export interface Program {
  version: string;
  commands: Readonly<Record<string, CommandEntry>>;
}

/** Top-level usage: the commands and what each does. */
function usage(commands: Program['commands']): string {
  const names = Object.keys(commands);
  const width = Math.max(...names.map((n) => n.length));
  const lines = names.map(
    (n) => `  ${n.padEnd(width)}  ${commands[n]!.about}${commands[n]!.run ? '' : ' (not available in this version)'}`,
  );
  return `usage: asr-planner <command> <inventory.csv> [options]   (asr-planner <command> --help for its options)\n\ncommands:\n${lines.join('\n')}`;
}

/**
 * Runs the command named by argv[0] with the rest. No command, an unknown one or one not in this
 * version is a usage error (exit 2), like a bad option.
 */
export function dispatch({ version, commands }: Program, argv: readonly string[], io: CommandIo): number | Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(`${usage(commands)}\n`);
    return 0;
  }
  if (name === '--version') {
    io.out(`asr-planner ${version}\n`);
    return 0;
  }
  if (name === undefined) return io.fail(2, `asr-planner: missing the command\n${usage(commands)}`);
  const entry = Object.hasOwn(commands, name) ? commands[name]! : null;
  if (!entry) return io.fail(2, `asr-planner: unknown command "${name}"\n${usage(commands)}`);
  if (!entry.run) return io.fail(2, `asr-planner: ${name} is not available in this version (commands: ${available(commands)})`);
  return entry.run(rest, io);
}

const available = (commands: Program['commands']) =>
  Object.keys(commands)
    .filter((n) => commands[n]!.run)
    .join(', ');
