import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { loadInventory } from '../../src/cli/load-inventory';
import { readTextFile } from '../../src/cli/read-file';
import type { PublishedClassicPlan } from '../../src/io/documents';
import { failureText } from '../../src/cli/cli-failure';
import { cliOptionText } from '../../src/i18n/cli-option-text';
import { BAD_FILES, machineRows, type BadFile } from '../fixtures/bad/expected';
import { fixture, ROOT, runCli } from '../support/run-cli';

// Generated inputs (too big to commit) live in one temp dir for the whole file.
let dir: string;
const paths = new Map<string, string>();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asr-bad-'));
  for (const f of BAD_FILES) paths.set(f.file, f.generate ? f.generate(dir) : fixture(`bad/${f.file}`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pathOf = (f: BadFile) => paths.get(f.file)!;
const STACK = /\s+at\s+\S+\s+\(|^\s*at\s/m;

describe('plan on the bad-input corpus', () => {
  const unusable = BAD_FILES.filter((f) => f.exit === 1);
  const planned = BAD_FILES.filter((f) => f.exit === 0);

  it.each(unusable.map((f) => [f.what, f] as const))('%s: exit 1, one line on stderr saying what, where and what to do', (_, f) => {
    const r = runCli('plan', [pathOf(f), ...(f.args ?? [])]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^plan: /);
    expect(r.stderr).toMatch(f.message);
    expect(r.stderr).not.toMatch(STACK);
    // A message never repeats a huge cell: it stays a readable sentence.
    expect(r.stderr.length).toBeLessThan(1200);
  });

  it.each(planned.map((f) => [f.what, f] as const))(
    '%s: a plan whose report says so, and accepted + rejected + skipped = data rows',
    (_, f) => {
      const text = runCli('plan', [pathOf(f), ...(f.args ?? [])]);
      expect(text.code).toBe(0);
      expect(text.stderr).toBe('');
      expect(text.stdout).toMatch(f.message);
      for (const line of text.stdout.split('\n')) expect(line.length).toBeLessThan(600);
      const json = runCli('plan', [pathOf(f), '--json', ...(f.args ?? [])]);
      expect(json.code).toBe(0);
      const doc = JSON.parse(json.stdout) as PublishedClassicPlan;
      expect(doc.summary.machines).toBe(f.rows!.accepted);
      expect(doc.summary.skippedRows).toBe(f.rows!.skipped ?? 0);
      expect(doc.summary.machines + doc.summary.rejectedRows + doc.summary.skippedRows).toBe(f.rows!.data);
      expect(doc.skipped).toHaveLength(doc.summary.skippedRows);
      if (f.page === 'rejected') {
        const row = doc.rejected.find((r) => r.code === f.code);
        expect(row?.message).toMatch(f.message);
        if (f.line !== undefined) expect(row?.line).toBe(f.line);
        if (f.line !== undefined) expect(text.stdout).toContain(`line ${f.line}: `);
      }
      if (f.page === 'skipped') {
        expect(doc.skipped.find((r) => r.reason === f.code)?.line).toBe(f.line);
        expect(text.stdout).toMatch(new RegExp(`Skipped rows \\(\\d+\\):\\n  - line ${f.line}: ${f.message.source}`));
      }
      // The readable report reaches a terminal: no control character from the file survives in it.
      expect(text.stdout).not.toMatch(/(?!\n)\p{Cc}/u);
    },
  );

  it.each(BAD_FILES.map((f) => [f.what, f] as const))('%s: gives its code', async (_, f) => {
    const args = parseArgs([pathOf(f), ...(f.args ?? [])]);
    if (!args.ok) throw new Error(cliOptionText(args.issues[0]));
    const read = await loadInventory(args.value);
    const codes = read.ok
      ? [...read.value.notices, ...read.value.rejected].map((i) => i.code).concat(read.value.skipped.map((s) => s.reason))
      : read.issues.map((i) => i.code);
    expect(codes).toContain(f.code);
    if (read.ok) expect(read.value.machines.length + read.value.rejected.length + read.value.skipped.length).toBe(read.value.dataRows);
  });
});

describe('limits on the command line', () => {
  it('skips a million blank lines in a few seconds and plans the row after them', () => {
    const file = join(dir, 'blank-then-row.csv');
    writeFileSync(file, `name,dailyChurnGB\n${'\n'.repeat(1_000_000)}web-01,12.5\n`);
    const t0 = performance.now();
    const r = runCli('plan', [file, '--json']);
    expect(performance.now() - t0).toBeLessThan(10_000); // process start included
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as PublishedClassicPlan;
    expect(doc.summary).toMatchObject({ machines: 1, rejectedRows: 0 });
    expect(doc.servers[0]!.machines).toEqual(['web-01']);
  });

  it('plans exactly 1,000,000 rows: up to the limit it works', () => {
    const file = join(dir, 'at-limit.csv');
    writeFileSync(file, machineRows(1_000_000));
    const r = runCli('plan', [file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Machines 1,000,000 · rejected rows 0');
  }, 60_000);

  it('refuses /dev/zero once it has read 200 MB, rather than reading without end (issue 10, item 2)', () => {
    const r = runCli('plan', ['/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'plan: "/dev/zero": The input is more than the 200 MB the planner reads, so reading stopped there and nothing was planned. Split the inventory by site (one file per site, each under 200 MB) and plan each file.\n',
    );
  });

  it('reads a pipe, and refuses one that runs over 200 MB while reading it', () => {
    const viaPipe = (source: string) =>
      spawnSync('bash', ['-c', `"${process.execPath}" --import tsx src/cli/main.ts plan <(${source}) --json`], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NODE_NO_WARNINGS: '1' },
      });
    const small = viaPipe('cat test/fixtures/cli/shop-60.csv');
    expect(small.status).toBe(0);
    expect((JSON.parse(small.stdout) as PublishedClassicPlan).summary.machines).toBe(60);
    const big = viaPipe("yes 'vm,1' | head -c 210000000");
    expect(big.status).toBe(1);
    expect(big.stderr).toMatch(/^plan: "\/dev\/fd\/\d+": The input is more than the 200 MB the planner reads, so reading stopped there/);
  });

  it('enforces a limit on the bytes read, whatever the input says its size is', () => {
    const r = readTextFile('/dev/zero', 1000);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'file-too-large' });
    expect(!r.ok && failureText(r.failure)).toContain('reading stopped there');
    const ok = readTextFile(fixture('cli/shop-60.csv'), 10_000);
    expect(ok.ok).toBe(true);
  });

  it('refuses a file over 200 MB from its size alone, without reading it', () => {
    const f = BAD_FILES.find((x) => x.code === 'file-too-large')!;
    const t0 = performance.now();
    const r = runCli('plan', [pathOf(f)]);
    expect(r.code).toBe(1);
    // Reading and decoding 200 MB takes seconds; a stat takes nothing.
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
