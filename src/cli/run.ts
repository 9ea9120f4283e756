import { visibleControlsButLineFeeds } from '../io/visible-text';

/**
 * Text for a terminal: control characters from the files (an escape sequence in a machine name
 * could clear the screen or retitle the window) are written out as `\x1b`; line feeds stay.
 */
export const terminalText = visibleControlsButLineFeeds;

/** Where a command writes, so tests can call commands without a process. */
export interface CommandIo {
  out: (text: string) => void;
  /** Writes one line to stderr and returns `code`. */
  fail: (code: number, message: string) => number;
}

/** A command: its arguments → an exit code (0 a result, 1 an unusable input, 2 a bad option). */
export type Command = (argv: readonly string[], io: CommandIo) => number | Promise<number>;

/** Node's stdout/stderr. */
const processIo: CommandIo = {
  out: (text) => void process.stdout.write(text),
  fail: (code, message) => {
    process.stderr.write(`${terminalText(message)}\n`);
    return code;
  },
};

/**
 * Runs `command` with the process's arguments. A user's mistake is an exit code with a message;
 * only a bug in this program reaches the catch, and even then prints one line (the stack under
 * DEBUG=1).
 */
export async function run(command: Command): Promise<void> {
  try {
    process.exitCode = await command(process.argv.slice(2), processIo);
  } catch (e) {
    process.stderr.write(`internal error: ${terminalText((e as Error).message)}\n`);
    if (process.env.DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    process.exitCode = 70;
  }
}
