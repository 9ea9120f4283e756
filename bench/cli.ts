import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_FILE_NAME } from '../build/cli';
import { ROOT } from '../test/support/run-cli';
import { inventoryCsv } from './inventory-text';

/*
 * npm run bench — the command line from a cold process, every figure a fresh `node`: start-up of
 * the bundle (dist-cli/asr-planner.mjs, built fresh here) on a 10-row file against bare Node and
 * against the sources through tsx; and `plan --json` on 100k rows against a `node -e` that only
 * reads the same file and parses it with papaparse. Medians of several runs.
 */

const BUDGET = { startupMs: 150, coldRatio: 3 };
const work = mkdtempSync(join(tmpdir(), 'asr-bench-cli-'));

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

  // Each group runs round-robin, so a neighbour's load on this shared machine hits both sides alike.
  const [floor, startup, viaTsx] = coldMedians(
    [
      ['-e', '0'],
      [bundle, 'plan', ten, '--json'],
      ['--import', 'tsx', 'src/cli/main.ts', 'plan', ten, '--json'],
    ],
    [15, 15, 5],
  );
  const [parse, cold] = coldMedians(
    [
      ['-e', papaparse],
      [bundle, 'plan', big, '--json'],
    ],
    [7, 7],
  );
  const rows: [string, string, string][] = [
    ['cold process (median of runs)', 'ms', 'runs'],
    ['node -e 0 (bare Node, the floor)', floor!.toFixed(0), '15'],
    ['bundle: plan 10 rows --json', startup!.toFixed(0), '15'],
    ['sources through tsx: plan 10 rows --json (npm run plan)', viaTsx!.toFixed(0), '5'],
    ['node -e: read + papaparse, 100k rows', parse!.toFixed(0), '7'],
    ['bundle: plan 100k rows --json', cold!.toFixed(0), '7'],
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => (c ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  '));
  console.log('');
  const ok = (pass: boolean) => (pass ? 'OK' : 'OVER');
  console.log(`CLI start-up, 10 rows: ${startup!.toFixed(0)} ms (budget ≤ ${BUDGET.startupMs} ms) ${ok(startup! <= BUDGET.startupMs)}`);
  const ratio = cold! / parse!;
  console.log(
    `plan --json 100k / papaparse, both cold: ${ratio.toFixed(2)}× (budget ≤ ${BUDGET.coldRatio}×) ${ok(ratio <= BUDGET.coldRatio)}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Median wall time in ms of fresh `node <args>` processes, `runs[i]` of command i, taken round-robin
 * (stdout collected, as a pipe reader would).
 */
function coldMedians(commands: string[][], runs: number[]): number[] {
  const times: number[][] = commands.map(() => []);
  for (let round = 0; round < Math.max(...runs); round++) {
    commands.forEach((args, i) => {
      if (round >= runs[i]!) return;
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: ROOT, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
      times[i]!.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!);
}
