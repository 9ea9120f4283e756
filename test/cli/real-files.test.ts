import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedClassicPlan } from '../../src/io/documents';
import { REAL_FILES, type RealFile } from '../fixtures/real/real-files';
import { fixture, runCli } from '../support/run-cli';

// The files architects already hold (docs/inputs.md#real-files), planned by the command line.
let dir: string;
const paths = new Map<string, string>();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asr-real-'));
  for (const f of REAL_FILES) paths.set(f.file, f.write ? f.write(dir) : fixture(`real/${f.file}`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const planOf = (f: RealFile) => {
  const r = runCli('plan', [paths.get(f.file)!, '--json', ...f.args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as PublishedClassicPlan;
};

describe.each(REAL_FILES.map((f) => [f.what, f] as const))('%s', (_, f) => {
  it('accepts the right machines, with their churn, its source and their site', () => {
    const doc = planOf(f);
    const placed = doc.servers.flatMap((s) => s.machines.map((m) => [m, s.site]));
    expect(placed.map(([m]) => m).sort()).toEqual(f.accepted.map(([m]) => m).sort());
    for (const [name, site] of f.accepted) expect(placed).toContainEqual([name, site]);
    const sources = new Map((doc.machineChurnSources ?? []).map((m) => [m.machine, m]));
    for (const [name, , churn, source] of f.accepted) {
      expect(sources.get(name)?.churnSource ?? 'measured', name).toBe(source);
      if (source !== 'measured') expect(sources.get(name)?.dailyChurnGB, name).toBeCloseTo(churn, 3);
    }
    const counts: Record<string, number> = {};
    for (const [, , , source] of f.accepted) counts[source] = (counts[source] ?? 0) + 1;
    expect(doc.summary.churnSources).toEqual(counts);
  });

  it('accounts for every row: accepted, rejected (template, no churn) or skipped (title lines, disk rows)', () => {
    const doc = planOf(f);
    expect(doc.rejected.map((r) => [r.line, r.code])).toEqual(f.rejected);
    expect(doc.skipped.map((r) => [r.line, r.reason])).toEqual(f.skipped);
    // A row with no churn from anywhere names a real column (used storage where there is no churn column).
    for (const r of doc.rejected) expect(r.message).not.toMatch(/'column \d+'/);
    expect(doc.summary.machines).toBe(f.accepted.length);
  });

  it('says what the file implies in its notes', () => {
    const r = runCli('plan', [paths.get(f.file)!, ...f.args]);
    expect(r.code).toBe(0);
    const notes = r.stdout.slice(r.stdout.indexOf('Notes on reading the file'));
    if (f.notices.includes('powered-off')) expect(notes).toMatch(/2 machines are powered off/);
    if (f.notices.includes('incompatible-vms')) expect(notes).toMatch(/'Incompatible VMs' sheet lists 2 machines/);
    if (f.notices.includes('planner-growth')) expect(notes).toMatch(/already includes its growth factor/);
    if (f.notices.includes('churn-write-throughput')) expect(notes).toMatch(/upper bound/);
    if (f.notices.includes('title-lines')) expect(notes).toMatch(/The header is on row 3/);
  });
});

describe('--churn-rate (docs/inputs.md#churn-sources)', () => {
  const rv = () => paths.get('rvtools-older.xlsx')!;

  it('exits 1 naming the flag when a machine needs it and it is absent', () => {
    const r = runCli('plan', [rv()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^plan: 4 machines have no measured churn, only used storage: set the daily change rate .* with --churn-rate <percent>/,
    );
  });

  it.each([['-1'], ['100.5'], ['lots']])('exits 2 for %s, outside 0–100', (v) => {
    const r = runCli('plan', [rv(), '--churn-rate', v]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--churn-rate takes a percent from 0 to 100/);
  });

  it('is printed among the settings, in the report and the JSON', () => {
    expect(runCli('plan', [rv(), '--churn-rate', '2.5']).stdout).toMatch(/daily change rate 2\.5 % of used storage/);
    expect(planOf({ ...REAL_FILES[0]!, args: ['--churn-rate', '2.5'] }).settings.churnRatePercent).toBe(2.5);
  });
});

describe('--sheet (docs/inputs.md#workbooks)', () => {
  it('reads the sheet named instead of the one the rules pick', () => {
    const r = runCli('plan', [paths.get('rvtools-older.xlsx')!, '--sheet', 'vCPU']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No column holds the daily churn\. Headers found: 'VM', 'CPUs'/);
  });

  it('exits 2 listing the sheets when none has that name', () => {
    const r = runCli('plan', [paths.get('rvtools-older.xlsx')!, '--sheet', 'Nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/The workbook has no sheet named 'Nope'\. Sheets: 'vCPU', 'vInfo', 'vDisk'\./);
  });

  it('exits 2 for a CSV, which has no sheets', () => {
    const r = runCli('plan', [fixture('real/azure-migrate-import.csv'), '--sheet', 'vInfo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--sheet applies to a workbook/);
  });
});
