import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handWorkbook, type HandCell } from '../test/support/xlsx-by-hand';
import { loadSample, metric, uploadInventory, waitForPlan } from './support/app';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';

// A workbook the size of a large estate (docs/inputs.md#workbooks): read in the worker with the
// progress bar, and Cancel goes back to the plan before it.
const openPage = appSession();
let app: AppPage;
let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asr-big-book-'));
  const rows: HandCell[][] = [['VM', 'Powerstate', 'Template', 'Datacenter', 'Disks', 'Provisioned MiB', 'In Use MiB', 'Daily churn (GB)']];
  for (let i = 0; i < 100_000; i++)
    rows.push([`vm-${i}`, 'poweredOn', false, i % 3 ? 'DC-Seoul' : 'DC-Busan', 2, 204800, 102400, 1 + (i % 97)]);
  writeFileSync((file = join(dir, 'vinfo-100k.xlsx')), handWorkbook([{ name: 'vInfo', rows }]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const num = async (id: string) => Number((await metric(app.page, id)).replace(/\D/g, ''));
const progress = () => app.page.getByRole('progressbar', { name: 'Reading progress' });

describe('a 100,000-row workbook', () => {
  it('is read with the progress bar and planned', async () => {
    app = await openPage();
    await uploadInventory(app.page, file);
    await progress().waitFor();
    await expect.poll(() => num('machines'), { timeout: 120_000 }).toBe(100_000);
    expect(await progress().count()).toBe(0);
  });

  it('can be cancelled: the plan on screen stays', async () => {
    app = await openPage();
    await loadSample(app.page, /Small shop/);
    await waitForPlan(app.page);
    await uploadInventory(app.page, file);
    await progress().waitFor();
    await app.page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => progress().count()).toBe(0);
    await app.page.waitForTimeout(3000);
    expect(await num('machines')).toBe(60);
  });
});
