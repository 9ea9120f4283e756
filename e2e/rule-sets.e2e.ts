import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asrModernized } from '../src/core/rules/asr-modernized';
import { downloadedPlan, loadSample, metric, uploadInventory, waitForPlan } from './support/app';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';
import { runCli } from '../test/support/run-cli';

/*
 * Rule sets in the page (issue 11): the classic plan says what the same inventory needs in
 * appliances and switches to it in one click; the page's "Download plan (JSON)" is `plan --json`
 * byte for byte under either rule set; a share link made with asr-modernized reopens it.
 */

const SAMPLE = 'public/samples/estate-1200.csv';
// Small enough for a share link that fits in the address bar.
const TWO_SITES = 'test/fixtures/cli/two-sites.csv';
const cliOn = (file: string, ...args: string[]) => {
  const r = runCli('plan', [file, '--json', ...args]);
  expect(r.code).toBe(0);
  return r.stdout;
};
const cli = (...args: string[]) => cliOn(SAMPLE, ...args);

const openPage = appSession();
let app: AppPage;

describe('rule sets in the page', () => {
  it('classic names its retirement and the appliance plan beside its headline; one click plans with appliances, as plan --json does', async () => {
    app = await openPage();
    const p = app.page;
    await loadSample(p, /Estate/);
    await waitForPlan(p);
    expect((await downloadedPlan(p)).text).toBe(cli());
    // Classic is chosen, retired, and cited.
    expect(await p.getByRole('radio', { name: /classic, retired 2026-03-30/ }).isChecked()).toBe(true);
    const retired = p.getByTestId('retired');
    expect(await retired.innerText()).toMatch(/Microsoft retired this architecture on March 30, 2026/);
    expect(await retired.getByRole('link').count()).toBe(2);
    // Beside the headline: the same inventory under asr-modernized, as the command plans it.
    const modern = JSON.parse(cli('--rule-set', 'asr-modernized'));
    const alternative = p.getByTestId('alternative');
    await expect
      .poll(() => alternative.innerText())
      .toContain(
        `With Replication appliances (modernized): ${modern.summary.appliances} appliances (lower bound ${modern.summary.lowerBound})`,
      );
    await alternative.getByRole('button', { name: 'Plan with Replication appliances (modernized)' }).click();
    await p.locator('[data-server="APP01"]').waitFor();
    expect(await p.getByRole('radio', { name: asrModernized.names.en }).isChecked()).toBe(true);
    expect(await metric(p, 'scale-out')).toBe(String(modern.summary.appliances));
    expect(await metric(p, 'vaults')).toBe('1');
    expect((await downloadedPlan(p)).text).toBe(cli('--rule-set', 'asr-modernized'));
    // The options asr-modernized does not use are not offered.
    expect(await p.getByRole('checkbox', { name: /built-in process server/ }).count()).toBe(0);
    expect(await p.getByRole('radio', { name: 'Least vCPU' }).count()).toBe(0);
    expect(await p.getByTestId('options-not-used').isVisible()).toBe(true);
    expect(await p.getByTestId('alternative').count()).toBe(0);
  });

  it('a slider re-plans appliances, a share link made with asr-modernized reopens it, and the printout deploys them in order', async () => {
    app = await openPage();
    const p = app.page;
    await uploadInventory(p, TWO_SITES);
    await waitForPlan(p);
    await p.getByRole('radio', { name: asrModernized.names.en }).check();
    await p.locator('[data-server="APP01"]').waitFor();
    expect((await downloadedPlan(p)).text).toBe(cliOn(TWO_SITES, '--rule-set', 'asr-modernized'));
    // Seoul's 260 machines: 2 appliances at 100 %, ⌈260 / 100⌉ = 3 at 50 %.
    expect(await metric(p, 'scale-out')).toBe('3');
    await p.getByRole('slider', { name: 'Headroom (%)' }).fill('50');
    await expect.poll(async () => Number(await metric(p, 'scale-out'))).toBe(4);
    const { text, doc } = await downloadedPlan(p);
    expect(text).toBe(cliOn(TWO_SITES, '--rule-set', 'asr-modernized', '--headroom', '50'));
    expect(doc.settings.ruleSet).toBe('asr-modernized');

    await p.getByRole('button', { name: 'Copy share link' }).click();
    await p.getByText('Share link copied').waitFor();
    const link = await p.evaluate(() => navigator.clipboard.readText());
    const second = await openPage({ path: link.slice(link.indexOf('#')) });
    try {
      await waitForPlan(second.page);
      await second.page.locator('[data-server="APP01"]').waitFor();
      expect(await second.page.getByRole('radio', { name: asrModernized.names.en }).isChecked()).toBe(true);
      expect((await downloadedPlan(second.page)).text).toBe(text);
    } finally {
      await second.context.close();
    }

    await p.getByText('Appliances as churn changes').first().waitFor();
    const pdf = join(mkdtempSync(join(tmpdir(), 'asr-rules-')), 'plan.pdf');
    await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await p.pdf({ path: pdf, format: 'A4', printBackground: true });
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const line of [
      'Replication appliance deployment plan',
      'asr-modernized',
      'Microsoft’s minimum hardware — 8 cores, 16 GB RAM',
      'Deploy and register the appliances one at a time, in this order',
      'Create a new Recovery Services vault for the appliances, used for this architecture only',
      'Register APP01 with the vault, and wait until its registration has finished before starting APP02',
      'Deploy APP04 in site Seoul',
      'Port 9443 (HTTPS) open inbound from the source machines',
    ])
      expect(printed, line).toContain(line);
    expect(printed).not.toMatch(/UnifiedSetup|configuration server/);
  });
});
