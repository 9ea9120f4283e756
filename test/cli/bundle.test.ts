import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_FILE_NAME, CLI_OUT_DIR } from '../../build/cli';
import { ROOT, runCli } from '../support/run-cli';

/*
 * The bundled command line (`vite build --mode cli`, part of npm run build), built fresh here and
 * copied alone into an empty folder: it must run the samples with Node and nothing else (no tsx,
 * no node_modules) and print byte for byte what the sources print through tsx, with the same exit codes.
 */

const SAMPLES = 'public/samples';
let work: string;
let alone: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'asr-cli-bundle-'));
  const built = join(work, 'build');
  const r = spawnSync('npx', ['vite', 'build', '--mode', 'cli', '--logLevel', 'error', '--outDir', built], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build --mode cli failed: ${r.stderr}`);
  // The bundle and the samples, nothing else: not a package.json, not a node_modules above it.
  alone = join(work, 'alone');
  mkdirSync(join(alone, SAMPLES), { recursive: true });
  cpSync(join(built, CLI_FILE_NAME), join(alone, CLI_FILE_NAME));
  cpSync(join(ROOT, SAMPLES), join(alone, SAMPLES), { recursive: true });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the copied bundle with plain Node, from its folder, with no module path to borrow from. */
function runBundle(args: string[]) {
  const env = { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1' };
  const r = spawnSync(process.execPath, [CLI_FILE_NAME, ...args], { cwd: alone, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

// Every sample inventory, the workbooks too (the bundle reads them alone); with a daily change rate,
// which the samples without churn need (docs/inputs.md#churn-sources).
const plans = readdirSync(join(ROOT, SAMPLES)).filter((f) => /\.(csv|xlsx|xlsm)$/.test(f) && !f.endsWith('-servers.csv'));
const rebalance = [`${SAMPLES}/running-deployment.csv`, '--servers', `${SAMPLES}/running-deployment-servers.csv`];

describe('the bundled CLI, alone in an empty folder', () => {
  it('is one self-contained file: a #! line, and nothing imported but Node built-ins', () => {
    const text = readFileSync(join(alone, CLI_FILE_NAME), 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const imports = [...text.matchAll(/^import\b[^'"]*["']([^'"]+)["']/gm)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((i) => !i.startsWith('node:'))).toEqual([]);
    expect(readdirSync(alone).sort()).toEqual([CLI_FILE_NAME, 'public']);
  });

  it('is what package.json names as the asr-planner command, and is executable', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ 'asr-planner': `${CLI_OUT_DIR}/${CLI_FILE_NAME}` });
    expect(pkg.scripts.build).toContain('vite build --mode cli');
    expect(statSync(join(work, 'build', CLI_FILE_NAME)).mode & 0o111).toBe(0o111);
  });

  it.each(plans.flatMap((f) => [[f, '--json'] as const, [f, 'readable'] as const]))(
    'plan %s (%s) prints what the sources print',
    (file, form) => {
      const args = [`${SAMPLES}/${file}`, '--churn-rate', '2', ...(form === '--json' ? ['--json'] : [])];
      const bundled = runBundle(['plan', ...args]);
      expect(bundled).toEqual(runCli('plan', args));
      expect(bundled.code).toBe(0);
      expect(bundled.stdout.length).toBeGreaterThan(100);
    },
  );

  it.each(['--json', 'readable'])('rebalance of the running sample (%s) prints what the sources print', (form) => {
    const extra = form === '--json' ? ['--json'] : [];
    const bundled = runBundle(['rebalance', ...rebalance, ...extra]);
    expect(bundled).toEqual(runCli('rebalance', [...rebalance, ...extra]));
    expect(bundled.code).toBe(0);
  });

  it.each([
    ['a missing file', 'plan', ['nope.csv'], 1],
    ['a bad option', 'plan', [`${SAMPLES}/shop-60.csv`, '--headroom', '40'], 2],
    ['a plan-only option', 'rebalance', [...rebalance, '--strategy', 'least-vcpu'], 2],
    ['help', 'plan', ['--help'], 0],
  ] as const)('%s: the same exit code and message as the sources', (_, command, args, code) => {
    const bundled = runBundle([command, ...args]);
    expect(bundled).toEqual(runCli(command, [...args]));
    expect(bundled.code).toBe(code);
  });

  it.each(['--json', 'readable'])('migrate of the running sample (%s) prints what the sources print', (form) => {
    const extra = form === '--json' ? ['--json'] : [];
    const bundled = runBundle(['migrate', ...rebalance, ...extra]);
    expect(bundled).toEqual(runCli('migrate', [...rebalance, ...extra]));
    expect(bundled.code).toBe(0);
  });

  it('names its commands and its version', () => {
    const help = runBundle(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}plan\b/m);
    expect(help.stdout).toMatch(/^ {2}rebalance\b/m);
    expect(help.stdout).toMatch(/^ {2}migrate +a migration plan from classic to replication appliances$/m);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runBundle(['--version'])).toEqual({ code: 0, stdout: `asr-planner ${pkg.version}\n`, stderr: '' });
    expect(runBundle([]).code).toBe(2);
    expect(runBundle(['frobnicate']).stderr).toMatch(/^asr-planner: unknown command "frobnicate"/);
  });
});
