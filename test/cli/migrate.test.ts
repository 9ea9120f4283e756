import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateCommand } from '../../src/cli/migrate-command';
import type { MigrationDocument } from '../../src/io/migration-document';
import { BAD_FILES, type BadFile } from '../fixtures/bad/expected';
import { checkMigration } from '../support/reference-migration';
import { migrateText } from '../support/pipelines';
import { fixture, runCli } from '../support/run-cli';

const SAMPLE = 'public/samples/running-deployment.csv';
const SAMPLE_SERVERS = 'public/samples/running-deployment-servers.csv';

/** Runs `migrate` in this process (the same function the CLI calls), collecting its output. */
async function migrateIn(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await migrateCommand(args, {
    out: (t) => void (stdout += t),
    fail: (c, m) => {
      stderr += `${m}\n`;
      return c;
    },
  });
  return { code, stdout, stderr };
}
const json = async (args: string[]) => {
  const r = await migrateIn([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as MigrationDocument;
};

describe('migrate command on fixture files', () => {
  it('the shipped sample, as a process: exactly one JSON document, checked by the reference', async () => {
    const r = runCli('migrate', [SAMPLE, '--servers', SAMPLE_SERVERS, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as MigrationDocument;
    expect(Object.keys(doc)).toEqual([
      'documentId',
      'from',
      'to',
      'settings',
      'summary',
      'sites',
      'appliances',
      'batches',
      'newProtection',
      'prerequisites',
      'unplaced',
      'warnings',
      'rejected',
      'skipped',
      'notices',
    ]);
    expect(doc).toMatchObject({
      from: 'asr-classic',
      to: 'asr-modernized',
      settings: { multiplier: 1, growthPercent: 0, headroomPercent: 100 },
    });
    expect(Object.keys(doc.summary)).toEqual(
      expect.arrayContaining([
        'machines',
        'appliances',
        'lowerBound',
        'ruleOfThumbAppliances',
        'vaults',
        'batches',
        'machinesToMigrate',
        'newProtection',
        'splitSourceServers',
        'rejectedRows',
        'unplacedMachines',
      ]),
    );
    const machines = migrateText(readFileSync(SAMPLE, 'utf8'), readFileSync(SAMPLE_SERVERS, 'utf8'), doc.settings).machines;
    checkMigration(machines, doc);
    expect(doc.batches[0]).toMatchObject({ id: 'B01', site: 'Busan', appliance: 'APP01', hoursIfHealthy: [1, 2] });
    expect(doc.prerequisites[0]).toEqual({
      code: 'server-versions',
      status: 'met',
      detail: 'The configuration server and process servers are at 9.50 or later (5 servers checked in the server file).',
    });
    expect(doc.sites[0]!.detail).toBe('1 appliance instead of 2: the classic servers are lightly loaded enough to share appliances.');
  });

  it('the readable report: appliances, the mapping from classic servers, batches with their times, prerequisites', async () => {
    const r = await migrateIn([SAMPLE, '--servers', SAMPLE_SERVERS, '--headroom', '70']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('asr-classic → asr-modernized');
    expect(r.stdout).toMatch(/Appliances \(register them one at a time, in this order\):\nID\s+Site\s+Tier/);
    expect(r.stdout).toMatch(/APP01\s+Busan\s+APP-16\s+16\s+32\s+1024/);
    expect(r.stdout).toContain('Appliances beside the rule of thumb');
    expect(r.stdout).toMatch(/B01\s+Busan\s+APP01\s+10\s+PS03/);
    expect(r.stdout).toContain('Prerequisites:\n  [met] The configuration server');
    expect(r.stdout).toContain('Settings: multiplier 1×, growth 0 %, headroom 70 %');
  });

  it('the readable report names the document id on its second line, the same id as --json', async () => {
    for (const files of [[SAMPLE, '--servers', SAMPLE_SERVERS], [SAMPLE]]) {
      const r = await migrateIn(files);
      expect(r.code).toBe(0);
      const id = (JSON.parse((await migrateIn([...files, '--json'])).stdout) as { documentId: string }).documentId;
      expect(id).toMatch(/^ASR-[0-9A-Z]{10}$/);
      expect(r.stdout.split('\n')[1]).toBe(`Document id ${id}`);
    }
  });

  it('the settings change the appliances: headroom 70 % needs more, and says so against the rule of thumb', async () => {
    const full = await json([SAMPLE, '--servers', SAMPLE_SERVERS]);
    const tight = await json([SAMPLE, '--servers', SAMPLE_SERVERS, '--headroom', '70', '--growth', '30']);
    expect(tight.summary.appliances).toBeGreaterThan(full.summary.appliances);
    expect(tight.settings).toEqual({ multiplier: 1, growthPercent: 30, headroomPercent: 70 });
  });

  it('a Korean deployment with a semicolon and decimal comma, and its Korean server file', async () => {
    const doc = await json([fixture('rebalance/korean.csv'), '--servers', fixture('rebalance/korean-servers.csv')]);
    expect(doc.appliances.map((a) => a.site)).toEqual(['서울']);
    expect(doc.summary.machinesToMigrate).toBe(doc.summary.machines);
  });

  it('agentVersion and recoveryPointMinutes columns are read when present', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asr-migrate-'));
    try {
      const file = join(dir, 'with-versions.csv');
      const servers = join(dir, 'servers.csv');
      writeFileSync(
        file,
        'name,dailyChurnGB,processServer,disks,provisionedGB,Mobility agent version,RPO (min)\na,1,PS01,2,512,9.56.1,12\nb,1,PS01,1,100,9.40,30\n',
      );
      writeFileSync(
        servers,
        'name,role,cpuPercent,memoryPercent,cacheFreePercent,minutesSinceHeartbeat,servicesDown,version\nPS01,configuration,30,30,60,1,,9.55\n',
      );
      const doc = await json([file, '--servers', servers]);
      expect(doc.prerequisites[1]).toMatchObject({
        code: 'agent-versions',
        status: 'not-met',
        detail: 'Upgrade the mobility agent to 9.50 or later on b.',
      });
      expect(doc.batches[0]).toMatchObject({ basis: 'healthy', hoursOtherwise: 4.2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exit codes as plan: 2 for a bad or plan-only option, 1 for an unusable input, 0 for help', async () => {
    expect((await migrateIn([SAMPLE, '--headroom', '20'])).code).toBe(2);
    const ruleSet = await migrateIn([SAMPLE, '--rule-set', 'asr-modernized']);
    expect(ruleSet).toMatchObject({ code: 2, stderr: expect.stringMatching(/^migrate: --rule-set applies to plan, not to migrate/) });
    const none = await migrateIn([fixture('rebalance/no-assignment.csv')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^migrate: ".*no-assignment.csv": The inventory has no processServer column and no server file was given/);
    expect((await migrateIn([fixture('rebalance/small.csv'), '--servers', fixture('rebalance/all-bad-servers.csv')])).code).toBe(1);
    expect((await migrateIn(['missing.csv'])).code).toBe(1);
    const help = await migrateIn(['--help']);
    expect(help).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('usage: asr-planner migrate <inventory.csv> [--servers <servers.csv>] [--json]'),
    });
  });

  it('npm run migrate is listed and works like npm run plan', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.migrate).toBe('tsx src/cli/main.ts migrate');
    const r = runCli('migrate', ['--help']);
    expect(r.code).toBe(0);
  });
});

describe('migrate on the bad-input corpus', () => {
  let dir: string;
  const paths = new Map<string, string>();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'asr-bad-migrate-'));
    for (const f of BAD_FILES) paths.set(f.file, f.generate ? f.generate(dir) : fixture(`bad/${f.file}`));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pathOf = (f: BadFile) => paths.get(f.file)!;

  it.each(BAD_FILES.filter((f) => f.exit === 1).map((f) => [f.what, f] as const))('%s: exit 1, the same message as plan', async (_, f) => {
    const r = await migrateIn([pathOf(f), '--servers', SAMPLE_SERVERS, ...(f.args ?? [])]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^migrate: /);
    expect(r.stderr).toMatch(f.message);
  });

  it.each(BAD_FILES.filter((f) => f.exit === 0).map((f) => [f.what, f] as const))(
    '%s: a migration; every row has its fate in the document',
    async (_, f) => {
      const doc = await json([pathOf(f), '--servers', SAMPLE_SERVERS, ...(f.args ?? [])]);
      expect(doc.summary.machines).toBe(f.rows!.accepted);
      expect(doc.summary.machines + doc.summary.rejectedRows + doc.summary.skippedRows).toBe(f.rows!.data);
      // No processServer column: every machine is new protection, and it says so.
      expect(doc.summary.newProtection + doc.summary.unplacedMachines).toBe(doc.summary.machines);
      expect(doc.warnings.map((w) => w.code)).toContain('no-replicating-machines');
      const said = [
        ...doc.rejected.inventory.map((r) => [r.code, r.message]),
        ...doc.notices.inventory.map((n) => [n.code, n.message]),
        ...doc.skipped.map((s) => [s.reason, '']),
      ];
      const hit = said.find(([code]) => code === f.code);
      expect(hit, f.code).toBeDefined();
      if (f.page === 'rejected' || f.page === 'note') expect(hit![1]).toMatch(f.message);
    },
  );
});
