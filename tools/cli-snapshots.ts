// Snapshots of every document and report the command line writes, to prove a refactor changes no
// byte: `tsx tools/cli-snapshots.ts <dir>` writes them, `tsx tools/cli-snapshots.ts <dir> --compare`
// compares against them (exit 1 and the differing names on a difference). Runs the commands in
// this process (no tsx start-up per run): every sample, CLI fixture, rebalance fixture and
// bad-input file, `plan` under both rule sets, `rebalance` and `migrate` with and without a server file.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import pkg from '../package.json';
import { COMMANDS } from '../src/cli/commands';
import { dispatch } from '../src/cli/dispatch';
import { ruleSetIds } from '../src/core/rules/registry';

const DIRS = ['public/samples', 'test/fixtures/cli', 'test/fixtures/rebalance', 'test/fixtures/bad', 'test/fixtures/inventories'];
const INPUT = /\.(csv|xlsx|txt|json)$/;

/** The commands on a running deployment: each runs every input, alone and with its server file. */
const RUNNING = ['rebalance', 'migrate'];

/** Server files and the inventories they go with (a server file alone is also run as an inventory). */
const SERVER_PAIRS: [string, string][] = [
  ['public/samples/running-deployment.csv', 'public/samples/running-deployment-servers.csv'],
  ['test/fixtures/rebalance/korean.csv', 'test/fixtures/rebalance/korean-servers.csv'],
  ['test/fixtures/rebalance/needs-new.csv', 'test/fixtures/rebalance/needs-new-servers.csv'],
  ['test/fixtures/rebalance/small.csv', 'test/fixtures/rebalance/small-servers.csv'],
  ['test/fixtures/rebalance/small.csv', 'test/fixtures/rebalance/all-bad-servers.csv'],
  ['test/fixtures/rebalance/small.csv', 'test/fixtures/rebalance/servers-no-name.csv'],
  ['test/fixtures/rebalance/small.csv', 'test/fixtures/bad/empty.csv'],
  ['test/fixtures/rebalance/small.csv', 'test/fixtures/bad/binary-garbage.csv'],
];

/** Option errors: each stderr line is a snapshot too. */
const OPTION_RUNS: string[][] = [
  ['plan'],
  ['plan', 'a.csv', 'b.csv'],
  ['plan', 'x.csv', '--headroom', '20'],
  ['plan', 'x.csv', '--multiplier', 'abc'],
  ['plan', 'x.csv', '--strategy', 'best'],
  ['plan', 'x.csv', '--rule-set', 'nope'],
  ['plan', 'x.csv', '--column', 'nofield=A'],
  ['plan', 'x.csv', '--delimiter', 'pipe'],
  ['plan', 'x.csv', '--decimal-mark', ';'],
  ['plan', 'x.csv', '--json=1'],
  ['plan', 'x.csv', '--frobnicate', '1'],
  ['plan', 'x.csv', '--growth'],
  ['plan', 'missing-file.csv'],
  ['plan', 'x.csv', '--rule-set', 'asr-modernized', '--no-config-server-ps'],
  ['plan', 'x.csv', '--rule-set', 'asr-modernized', '--config-site', 'A'],
  ['rebalance', 'x.csv', '--strategy', 'least-vcpu'],
  ['rebalance', 'x.csv', '--servers'],
  ['rebalance', 'public/samples/running-deployment.csv', '--servers', 'missing.csv'],
  ['migrate', 'x.csv', '--rule-set', 'asr-modernized'],
  ['migrate', 'x.csv', '--headroom', 'lots'],
  ['migrate', 'public/samples/running-deployment.csv', '--servers', 'missing.csv'],
  ['frobnicate'],
  [],
  ['plan', 'x.csv', '--churn-rate', '150'],
  ['plan', 'x.csv', '--churn-rate=abc'],
  ['plan', 'x.csv', '--growth', '-5'],
  ['plan', 'x.csv', '--link-mbps', 'fast'],
  ['plan', 'x.csv', '--link-mbps', 'A=0'],
  ['plan', 'x.csv', '--ir-goal-hours', '0'],
  ['plan', 'x.csv', '--ir-goal-hours', '24'],
  ['plan', 'test/fixtures/cli/two-sites.csv', '--link-mbps', 'nowhere=100'],
  ['plan', 'x.csv', '--column', 'name'],
  ['plan', 'x.csv', '--help=yes'],
  ['plan', 'x.csv', '--no-config-server-ps=1'],
  ['plan', 'x.csv', '--sheet'],
  ['plan', 'x.csv', '--headroom', '--json'],
  ['rebalance'],
  ['rebalance', 'a.csv', 'b.csv', 'c.csv'],
  ['rebalance', 'x.csv', '--rule-set=asr-classic'],
  ['rebalance', 'x.csv', '--link-mbps', '100'],
  ['migrate', 'x.csv', '--churn-rate', '101'],
  ['migrate', 'x.csv', '--decimal-mark=;'],
  ['plan', 'x.csv', '--rule-set', 'asr-modernized', '--strategy', 'least-vcpu'],
  ['plan', 'x.csv', '--rule-set', 'asr-modernized', '--strategy', 'fewest-servers'],
  ['plan', 'public/samples/shop-60.csv', '--sheet', 'Inventory'],
  ['plan', 'test/fixtures/cli/two-sites.csv', '--config-site', 'nowhere'],
];

/** Settings that bring out warnings, dedicated servers and more moves. */
const SETTING_RUNS: string[][] = [
  ['plan', 'public/samples/estate-1200.csv', '--headroom', '70', '--growth', '20', '--json'],
  ['plan', 'public/samples/estate-1200.csv', '--headroom', '70', '--growth', '20', '--rule-set', 'asr-modernized', '--json'],
  ['plan', 'public/samples/estate-1200.csv', '--multiplier', '40', '--json'],
  ['plan', 'public/samples/estate-1200.csv', '--multiplier', '40'],
  ['plan', 'public/samples/shop-60.csv', '--multiplier', '30', '--rule-set', 'asr-modernized', '--json'],
  ['plan', 'test/fixtures/cli/two-sites.csv', '--config-site', 'nowhere', '--json'],
  ['plan', 'test/fixtures/cli/two-sites.csv', '--no-config-server-ps', '--strategy', 'least-vcpu'],
  ['rebalance', 'public/samples/running-deployment.csv', '--servers', 'public/samples/running-deployment-servers.csv', '--headroom', '60'],
  [
    'rebalance',
    'public/samples/running-deployment.csv',
    '--servers',
    'public/samples/running-deployment-servers.csv',
    '--headroom',
    '60',
    '--json',
  ],
  ['rebalance', 'public/samples/running-deployment.csv', '--multiplier', '3', '--json'],
  ['rebalance', 'public/samples/running-deployment.csv', '--multiplier', '3'],
  [
    'migrate',
    'public/samples/running-deployment.csv',
    '--servers',
    'public/samples/running-deployment-servers.csv',
    '--headroom',
    '60',
    '--json',
  ],
  ['migrate', 'public/samples/running-deployment.csv', '--multiplier', '3'],
];

// The commands are async (they read workbooks lazily): awaited, or the snapshot holds a pending promise.
async function run(argv: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await dispatch({ version: pkg.version, commands: COMMANDS }, argv, {
    out: (t) => void (out += t),
    fail: (c, m) => {
      err += `${m}\n`;
      return c;
    },
  });
  return `$ asr-planner ${argv.join(' ')}\nexit ${code}\n--- stderr\n${err}--- stdout\n${out}`;
}

function inputs(): string[] {
  return DIRS.flatMap((d) =>
    readdirSync(d)
      .filter((f) => INPUT.test(f))
      .sort()
      .map((f) => join(d, f)),
  );
}

async function snapshots(): Promise<Map<string, string>> {
  const shots = new Map<string, string>();
  const slug = (p: string) => p.replace(/[/\\]/g, '__');
  for (const file of inputs()) {
    for (const ruleSet of ruleSetIds()) {
      for (const json of [true, false]) {
        const argv = ['plan', file, '--rule-set', ruleSet, ...(json ? ['--json'] : [])];
        shots.set(`plan.${ruleSet}.${json ? 'json' : 'txt'}.${slug(file)}`, await run(argv));
      }
    }
    for (const command of RUNNING)
      for (const json of [true, false])
        shots.set(`${command}.${json ? 'json' : 'txt'}.${slug(file)}`, await run([command, file, ...(json ? ['--json'] : [])]));
  }
  for (const [inv, servers] of SERVER_PAIRS) {
    for (const command of RUNNING)
      for (const json of [true, false]) {
        const argv = [command, inv, '--servers', servers, ...(json ? ['--json'] : [])];
        shots.set(`${command}-servers.${json ? 'json' : 'txt'}.${slug(inv)}.${basename(servers)}`, await run(argv));
      }
  }
  for (const [i, argv] of OPTION_RUNS.entries()) shots.set(`options.${String(i).padStart(2, '0')}`, await run(argv));
  for (const [i, argv] of SETTING_RUNS.entries()) shots.set(`settings.${String(i).padStart(2, '0')}`, await run(argv));
  return shots;
}

const [dir, mode] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: tsx tools/cli-snapshots.ts <dir> [--compare]\n');
  process.exit(2);
}
const shots = await snapshots();
if (mode === '--compare') {
  const differ = [...shots].filter(([name, text]) => !existsSync(join(dir, name)) || readFileSync(join(dir, name), 'utf8') !== text);
  const gone = readdirSync(dir).filter((n) => !shots.has(n));
  for (const [name] of differ) process.stdout.write(`differs: ${name}\n`);
  for (const name of gone) process.stdout.write(`missing now: ${name}\n`);
  process.stdout.write(`${shots.size} snapshots, ${differ.length + gone.length} differ\n`);
  process.exitCode = differ.length + gone.length ? 1 : 0;
} else {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of shots) writeFileSync(join(dir, name), text);
  process.stdout.write(`${shots.size} snapshots written to ${dir}\n`);
}
