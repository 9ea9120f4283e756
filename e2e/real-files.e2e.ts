import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_FILES } from '../test/fixtures/real/real-files';
import { runCli } from '../test/support/run-cli';
import { downloadedText, uploadInventory, waitForPlan } from './support/app';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';

// The files architects already hold (docs/inputs.md#real-files), dropped on the page: the plan it
// saves is the command line's, byte for byte.
const openPage = appSession();
let app: AppPage;
let dir: string;
const paths = new Map<string, string>();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asr-real-e2e-'));
  for (const f of REAL_FILES) paths.set(f.file, f.write ? f.write(dir) : `test/fixtures/real/${f.file}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Sets the daily change rate where the page asks for it, before anything is planned. */
async function setChurnRate(rate: string): Promise<void> {
  const ask = app.page.getByTestId('churn-rate-needed');
  await ask.waitFor();
  expect(await app.page.getByTestId('server-table').count()).toBe(0);
  await ask.getByLabel('Daily change rate (% of used storage per day)').fill(rate);
  await ask.getByRole('button', { name: 'Plan with this rate' }).click();
}

const rateOf = (args: readonly string[]) => {
  const i = args.indexOf('--churn-rate');
  return i < 0 ? null : args[i + 1]!;
};

describe('real files, dropped on the page', () => {
  it.each(REAL_FILES.map((f) => [f.what, f] as const))('%s: "Download plan (JSON)" equals plan --json', async (_, f) => {
    app = await openPage();
    await uploadInventory(app.page, paths.get(f.file)!);
    const rate = rateOf(f.args);
    // Nothing is planned until the daily change rate is set: the page asks for it.
    if (rate !== null) await setChurnRate(rate);
    await waitForPlan(app.page);
    const downloaded = await downloadedText(app.page, 'Download plan (JSON)');
    expect(downloaded).toBe(runCli('plan', [paths.get(f.file)!, '--json', ...f.args]).stdout);
    if (f.accepted.some(([, , , source]) => source !== 'measured')) {
      await expect.poll(() => app.page.getByTestId('churn-sources').innerText()).toMatch(/Where churn came from/);
    }
  });

  it('lists the sheets of a workbook and reads another when chosen', async () => {
    app = await openPage();
    await uploadInventory(app.page, paths.get('rvtools-older.xlsx')!);
    const select = app.page.locator('#sheet-choice');
    await select.waitFor();
    expect(await select.locator('option').allInnerTexts()).toEqual(['vCPU', 'vInfo', 'vDisk']);
    expect(await select.inputValue()).toBe('vInfo');
    await select.selectOption('vCPU');
    await expect
      .poll(() => app.page.getByTestId('read-failure').innerText())
      .toMatch(/No column holds the daily churn\. Headers found: 'VM', 'CPUs'/);
  });

  it("shows where each machine's churn came from in the server table", async () => {
    app = await openPage();
    await uploadInventory(app.page, 'test/fixtures/real/azure-migrate-import.csv');
    await setChurnRate('2');
    await waitForPlan(app.page);
    await app.page
      .getByRole('button', { name: /Show \d+ machines?/ })
      .first()
      .click();
    // The machine table's source column names how a churn was worked out when no column gave it.
    const list = await app.page.locator('table.machines').first().innerText();
    expect(list).toMatch(/app-01[^\n]*write throughput \(upper bound\)/);
    expect(list).toMatch(/app-02[^\n]*estimated/);
  });
});
