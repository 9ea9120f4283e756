import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MigrationDocument } from '../src/io/migration-document';
import { downloadText, loadSample } from './support/app';
import type { AppPage } from './support/browser';
import { RUNNING_INVENTORY, RUNNING_SERVERS } from './support/running';
import { appSession } from './support/session';
import { runCli } from '../test/support/run-cli';

const openPage = appSession();
let app: AppPage;

const cliJson = (...extra: string[]) => {
  const r = runCli('migrate', [RUNNING_INVENTORY, '--servers', RUNNING_SERVERS, '--json', ...extra]);
  expect(r.code).toBe(0);
  return r.stdout;
};
const metric = async (id: string) => (await app.page.locator(`[data-metric="${id}"] .value`).innerText()).trim();

/** The running sample and its server file, then the Migration view. */
async function openMigration(): Promise<void> {
  await loadSample(app.page, /Running deployment/);
  await app.page.getByRole('button', { name: 'Migration', exact: true }).click();
  await app.page.getByRole('button', { name: 'Load sample server file' }).click();
  await app.page.getByTestId('server-file-summary').getByText('running-deployment-servers.csv').waitFor();
  await app.page.getByTestId('runbook').waitFor();
  await expect.poll(() => app.page.locator('[data-code="server-versions"] .badge').innerText()).toBe('met');
}

describe('the Migration view in Chromium', () => {
  it('shows the appliances beside the rule of thumb, the mapping, every batch with a tick box, and downloads exactly `migrate --json`, also after a newer setting and in Korean', async () => {
    app = await openPage();
    await openMigration();
    const p = app.page;
    const doc = JSON.parse(cliJson()) as MigrationDocument;
    expect(await metric('appliances')).toBe(String(doc.summary.appliances));
    expect(await metric('rule-of-thumb')).toBe(String(doc.summary.ruleOfThumbAppliances));
    expect(await metric('batches')).toBe(String(doc.summary.batches));
    expect(await p.locator('[data-testid="batches"] tbody tr').count()).toBe(doc.batches.length);
    expect(await p.locator('[data-testid="batches"] tbody input[type="checkbox"]').count()).toBe(doc.batches.length);
    expect(await p.getByTestId('migrate-mapping').innerText()).toMatch(/PS03\s+Busan\s+96\s+APP01 \(96\)/);
    const first = await downloadText(p, 'Download migration (JSON)');
    expect(first.name).toBe('running-deployment-migration.json');
    expect(first.text).toBe(cliJson());

    const slider = p.getByRole('slider', { name: 'Headroom (%)' });
    await slider.fill('80');
    await slider.fill('70');
    const at70 = JSON.parse(cliJson('--headroom', '70')) as MigrationDocument;
    await expect.poll(() => metric('appliances')).toBe(String(at70.summary.appliances));
    expect((await downloadText(p, 'Download migration (JSON)')).text).toBe(cliJson('--headroom', '70'));

    await p.locator('.app-header select').selectOption('ko');
    await p.getByRole('button', { name: '마이그레이션 다운로드(JSON)' }).waitFor();
    expect((await downloadText(p, '마이그레이션 다운로드(JSON)')).text).toBe(cliJson('--headroom', '70'));
    expect(await p.locator('#migrate-runbook-heading').innerText()).toBe('런북');
    expect(await p.locator('[data-code="server-versions"]').innerText()).toMatch(/구성 서버와 프로세스 서버가 9\.50 이상입니다/);
  });

  it('downloads the batches as CSV, one row per machine', async () => {
    app = await openPage();
    await openMigration();
    const csv = await downloadText(app.page, 'Download batches (CSV)');
    expect(csv.name).toBe('running-deployment-batches.csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('batch,site,appliance,machine,group,fromServer,hoursIfHealthy,hoursOtherwise');
    const doc = JSON.parse(cliJson()) as MigrationDocument;
    expect(lines).toHaveLength(1 + doc.summary.machinesToMigrate);
    expect(lines[1]).toMatch(/^B01,Busan,APP01,pus-mes-\d+,mes-line1,PS03,1-2,$/);
  });

  it('prints the runbook: every batch and appliance in order, tick boxes as boxes, and no controls', async () => {
    app = await openPage();
    await openMigration();
    const doc = JSON.parse(cliJson()) as MigrationDocument;
    const dir = mkdtempSync(join(tmpdir(), 'asr-migrate-pdf-'));
    const pdf = join(dir, 'runbook.pdf');
    await app.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const part of [
      'Migration runbook: classic to replication appliances',
      'Create the new vault',
      'one at a time',
      'Recreate the recovery plans',
      '☐',
    ])
      expect(text, part).toContain(part);
    for (const b of doc.batches) expect(text, b.id).toMatch(new RegExp(`\\b${b.id}\\b`));
    for (const a of doc.appliances) expect(text, a.id).toContain(a.id);
    // Steps in order.
    const at = (s: string) => text.indexOf(s);
    expect(at('Check the prerequisites')).toBeLessThan(at('Create the new vault'));
    expect(at('Create the new vault')).toBeLessThan(at('Deploy and register the appliances'));
    expect(at('Deploy and register the appliances')).toBeLessThan(at('Migrate the machines, batch by batch'));
    expect(at('Migrate the machines, batch by batch')).toBeLessThan(at('Recreate the recovery plans'));
    for (const control of [
      'Print runbook',
      'Download migration (JSON)',
      'Download batches (CSV)',
      'Load sample server file',
      'Choose server file',
    ])
      expect(text, control).not.toContain(control);
  });
});
