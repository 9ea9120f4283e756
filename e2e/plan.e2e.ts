import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadedPlan, downloadText, loadSample, metric, uploadInventory, waitForPlan } from './support/app';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';
import { runCli } from '../test/support/run-cli';

const openPage = appSession();
let app: AppPage;

describe('the plan view in Chromium', () => {
  it('plans an uploaded file exactly as `plan --json` does', async () => {
    app = await openPage();
    await uploadInventory(app.page, 'public/samples/estate-1200.csv');
    await waitForPlan(app.page);
    const { text } = await downloadedPlan(app.page);
    const cli = runCli('plan', ['public/samples/estate-1200.csv', '--json']);
    expect(cli.code).toBe(0);
    expect(text).toBe(cli.stdout);
  });

  it('re-plans when a slider moves', async () => {
    app = await openPage();
    await loadSample(app.page, /Estate/);
    await waitForPlan(app.page);
    const before = Number(await metric(app.page, 'scale-out'));
    await app.page.getByRole('slider', { name: 'Headroom (%)' }).fill('70');
    await expect.poll(async () => Number(await metric(app.page, 'scale-out'))).toBeGreaterThan(before);
    const { doc } = await downloadedPlan(app.page);
    expect(doc.settings.headroomPercent).toBe(70);
    const cli = JSON.parse(runCli('plan', ['public/samples/estate-1200.csv', '--json', '--headroom', '70']).stdout);
    expect(doc.summary).toEqual(cli.summary);
  });

  it('has the accessible names automated checks rely on', async () => {
    app = await openPage();
    const p = app.page;
    await expect(p.getByLabel('Inventory CSV').count()).resolves.toBe(1);
    for (const name of ['Churn multiplier', 'Growth (%)', 'Headroom (%)'])
      await expect(p.getByRole('slider', { name }).count()).resolves.toBe(1);
    await expect(p.getByRole('checkbox', { name: 'Use the configuration server’s built-in process server' }).count()).resolves.toBe(1);
    for (const name of ['Load sample', 'Print plan', 'Copy share link', 'Download plan (JSON)', 'Download assignments (CSV)']) {
      await expect(p.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    }
  });

  it('shows why a bad file cannot be read, and stays usable', async () => {
    app = await openPage();
    await uploadInventory(app.page, {
      name: 'estate.xlsx',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from('PK\u0003\u0004 not really a workbook \u0000\u0001\u0002'),
    });
    const failure = app.page.getByTestId('read-failure');
    await failure.waitFor();
    expect(await failure.innerText()).toMatch(/Excel/);
    await loadSample(app.page, /Small shop/);
    await waitForPlan(app.page);
    expect(await metric(app.page, 'machines')).toBe('60');
  });

  it('lists rejected rows with line, column, value and reason, and the counts add up', async () => {
    app = await openPage();
    await uploadInventory(app.page, 'test/fixtures/cli/messy-korean.csv');
    await waitForPlan(app.page);
    expect(await app.page.getByTestId('read-summary').innerText()).toContain('5 machines accepted, 5 rows rejected, of 10 data rows');
    const rows = app.page.locator('#rejected-heading ~ .table-wrap tbody tr');
    expect(await rows.count()).toBe(5);
    expect(await rows.nth(2).innerText()).toMatch(/^7\s+데이터 변경률 \(GB\/일\)\s+abc\s+.*not a number/);
    const csv = await downloadText(app.page, 'Download rejected rows (CSV)');
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(6);
  });

  it('exports assignments as CSV, one row per machine, injection-safe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asr-'));
    const file = join(dir, 'hostile.csv');
    writeFileSync(file, 'name,dailyChurnGB\n"=HYPERLINK(""http://x"",""y"")",3\n<img src=x onerror=alert(1)>,2\n@SUM(1),1\n');
    app = await openPage();
    await uploadInventory(app.page, file);
    await waitForPlan(app.page);
    const { text } = await downloadText(app.page, 'Download assignments (CSV)');
    const lines = text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe('machine,site,group,server,tier,churnGBPerDay');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x"",""y""\)",/);
    expect(lines[3]).toMatch(/^'@SUM\(1\),/);
    // The names show as plain text on the page.
    await app.page.getByRole('button', { name: 'Show 3 machines' }).click();
    expect(await app.page.locator('#machines-CS tbody td.machine').allInnerTexts()).toEqual([
      '=HYPERLINK("http://x","y")',
      '<img src=x onerror=alert(1)>',
      '@SUM(1)',
    ]);
  });
});

describe('share and print', () => {
  it('round-trips a share link', async () => {
    app = await openPage();
    await loadSample(app.page, /Small shop/);
    await waitForPlan(app.page);
    await app.page.getByRole('slider', { name: 'Growth (%)' }).fill('30');
    await expect.poll(() => app.page.locator('output[for=growth]').innerText()).toBe('30%');
    const { text: original } = await downloadedPlan(app.page);
    await app.page.getByRole('button', { name: 'Copy share link' }).click();
    await app.page.getByText('Share link copied').waitFor();
    const link = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#v1\./);
    const second = await openPage({ path: link.slice(link.indexOf('#')) });
    try {
      await waitForPlan(second.page);
      const { text } = await downloadedPlan(second.page);
      expect(text).toBe(original);
      expect(second.foreign).toEqual([]);
    } finally {
      await second.context.close();
    }
  });

  it('opens a damaged link with a clear message and keeps working', async () => {
    app = await openPage({ path: '#v1.AAAAQ3hlbGxv' });
    expect(await app.page.getByRole('alert').first().innerText()).toMatch(/link/i);
    await loadSample(app.page, /Small shop/);
    await waitForPlan(app.page);
  });

  it('prints a deployment document with every section and no controls', async () => {
    app = await openPage();
    await loadSample(app.page, /Estate/);
    await waitForPlan(app.page);
    await app.page.getByText('Scale-out servers as churn changes').waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'asr-pdf-'));
    const pdf = join(dir, 'plan.pdf');
    // page.pdf() prints without the events a browser's print fires; fire the one the page uses.
    await app.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await app.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const section of [
      'Process server deployment plan',
      'Inputs and assumptions',
      'asr-classic',
      'Summary',
      'Why this many servers',
      'Servers',
      'Utilisation per server',
      'Machines per server',
      'Pre-deployment checklist',
      'Port 9443',
      'UnifiedSetup.exe /AcceptThirdpartyEULA /servermode "PS"',
      '/DataTransferSecurePort 9443',
      'erp-prd-01',
    ]) {
      expect(text, section).toContain(section);
    }
    for (const control of ['Load sample', 'Copy share link', 'Download plan (JSON)', 'Choose file']) expect(text).not.toContain(control);
  });
});
