import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_FILE_NAME } from '../build/cli';
import { ROOT } from '../test/support/run-cli';
import { inventoryCsv } from './inventory-text';

/*
 * npm run bench — the command line from a cold process, every figure a fresh `node`: start-up of
 * the bundle (dist-cli/asr-planner.mjs, built fresh here) on a 10-row file against bare Node and
 * against the sources through tsx; and `plan --json` on 100k rows against a `node -e` that only
 * reads the same file and parses it with papaparse. Medians of several runs, taken round-robin so a
 * neighbour's load on a shared machine hits both sides of a comparison alike. Where /usr/bin/time
 * exists the children's CPU time (user + system) is shown too: unlike wall time it does not grow
 * while the process waits for a busy core.
 */

const BUDGET = { startupMs: 150, coldRatio: 3 };
const TIME = '/usr/bin/time';
const work = mkdtempSync(join(tmpdir(), 'asr-bench-cli-'));

interface Command {
  label: string;
  args: string[];
  runs: number;
}
interface Figures {
  wallMs: number;
  cpuMs: number | null;
}

try {
  const built = spawnSync('npx', ['vite', 'build', '--mode', 'cli', '--logLevel', 'error', '--outDir', work], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('vite build --mode cli failed');
  const bundle = join(work, CLI_FILE_NAME);
  const ten = join(work, 'ten.csv');
  const big = join(work, 'inventory-100k.csv');
  writeFileSync(ten, inventoryCsv(10));
  writeFileSync(big, inventoryCsv(100_000));
  const papaparse = `const t = require('node:fs').readFileSync(${JSON.stringify(big)}, 'utf8'); require('papaparse').parse(t, { skipEmptyLines: 'greedy' });`;

  const startupGroup: Command[] = [
    { label: 'node -e 0 (bare Node, the floor)', args: ['-e', '0'], runs: 15 },
    { label: 'bundle: plan 10 rows --json', args: [bundle, 'plan', ten, '--json'], runs: 15 },
    { label: 'sources through tsx: plan 10 rows --json', args: ['--import', 'tsx', 'src/cli/main.ts', 'plan', ten, '--json'], runs: 5 },
  ];
  const coldGroup: Command[] = [
    { label: 'node -e: read + papaparse, 100k rows', args: ['-e', papaparse], runs: 7 },
    { label: 'bundle: plan 100k rows --json', args: [bundle, 'plan', big, '--json'], runs: 7 },
  ];
  const [, startup] = report(startupGroup, coldMedians(startupGroup));
  const [parse, cold] = report(coldGroup, coldMedians(coldGroup));

  const ok = (pass: boolean) => (pass ? 'OK' : 'OVER');
  console.log('');
  console.log(
    `CLI start-up, 10 rows: ${startup!.wallMs.toFixed(0)} ms (budget ≤ ${BUDGET.startupMs} ms) ${ok(startup!.wallMs <= BUDGET.startupMs)}`,
  );
  const ratio = cold!.wallMs / parse!.wallMs;
  console.log(
    `plan --json 100k / papaparse, both cold: ${ratio.toFixed(2)}× (budget ≤ ${BUDGET.coldRatio}×) ${ok(ratio <= BUDGET.coldRatio)}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Prints a group's figures as a table and returns them. */
function report(commands: Command[], figures: Figures[]): Figures[] {
  const rows = [
    ['cold process (median)', 'wall ms', 'CPU ms', 'runs'],
    ...commands.map((c, i) => [c.label, figures[i]!.wallMs.toFixed(0), figures[i]!.cpuMs?.toFixed(0) ?? '—', String(c.runs)]),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  console.log('');
  for (const r of rows) console.log(r.map((cell, col) => (col ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!))).join('  '));
  return figures;
}

/** Medians of fresh `node` processes, run round-robin (stdout collected, as a pipe reader would). */
function coldMedians(commands: Command[]): Figures[] {
  const withTime = existsSync(TIME);
  const wall: number[][] = commands.map(() => []);
  const cpu: number[][] = commands.map(() => []);
  for (let round = 0; round < Math.max(...commands.map((c) => c.runs)); round++) {
    commands.forEach((c, i) => {
      if (round >= c.runs) return;
      const [file, args] = withTime ? [TIME, ['-f', '@cpu %U %S', process.execPath, ...c.args]] : [process.execPath, c.args];
      const t0 = performance.now();
      const r = spawnSync(file, args, { cwd: ROOT, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      wall[i]!.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`node ${c.args.join(' ')} exited ${r.status}: ${r.stderr}`);
      const m = /@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
      if (m) cpu[i]!.push((Number(m[1]) + Number(m[2])) * 1000);
    });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return commands.map((_, i) => ({ wallMs: median(wall[i]!), cpuMs: cpu[i]!.length ? median(cpu[i]!) : null }));
}
