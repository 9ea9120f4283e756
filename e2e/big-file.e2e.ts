import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryCsv } from '../bench/inventory-text';
import { downloadedPlan, loadSample, metric, uploadInventory, waitForPlan } from './support/app';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';
import { runCli } from '../test/support/run-cli';

/*
 * Big files off the main thread (issue "Big inventories…"): a progress bar with rows and bytes
 * while a large file is read, a page that answers meanwhile, Cancel, and no stale plan landing
 * after a newer setting.
 */

const openPage = appSession();
let app: AppPage;
let dir: string;
const files: Record<string, string> = {};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asr-big-'));
  for (const n of [300_000, 600_000]) writeFileSync((files[n] = join(dir, `estate-${n}.csv`)), inventoryCsv(n));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const num = async (id: string) => Number((await metric(app.page, id)).replace(/\D/g, ''));
const progress = () => app.page.getByRole('progressbar', { name: 'Reading progress' });

describe('a big file', () => {
  it('is read with a progress bar (rows and bytes) while a slider still answers', async () => {
    app = await openPage();
    const p = app.page;
    await uploadInventory(p, files[300_000]!);
    await progress().waitFor();
    await expect
      .poll(() => p.getByRole('status').filter({ has: progress() }).innerText())
      .toMatch(/[\d,]+ of about [\d,]+ rows · [\d.]+ of [\d.]+ MB/);

    // From the key press in the test to the new value on screen: a main thread busy reading would show here.
    const out = p.locator('output[for=multiplier]');
    const before = await out.innerText();
    await p.getByRole('slider', { name: 'Churn multiplier' }).focus();
    const t0 = Date.now();
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => out.innerText(), { interval: 5 }).not.toBe(before);
    const ms = Date.now() - t0;
    expect(await progress().count(), 'the slider was moved while the file was being read').toBe(1);
    expect(ms).toBeLessThan(250);

    await expect.poll(() => num('machines'), { timeout: 60_000 }).toBe(300_000);
    await expect(progress().count()).resolves.toBe(0);
  });

  it('can be cancelled: the plan on screen stays, and the page goes on working', async () => {
    app = await openPage();
    const p = app.page;
    await loadSample(p, /Small shop/);
    await waitForPlan(p);
    await uploadInventory(p, files[600_000]!);
    await progress().waitFor();
    await p.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => progress().count()).toBe(0);
    // Long enough for a reply of the cancelled read to arrive, if one were still coming.
    await p.waitForTimeout(3000);
    expect(await num('machines')).toBe(60);
    await loadSample(p, /Estate/);
    await expect.poll(() => num('machines')).toBe(1200);
  });
});

describe('settings moved faster than plans arrive', () => {
  it('end on the plan of the newest setting, never an older one', async () => {
    app = await openPage();
    const p = app.page;
    await loadSample(p, /Estate/);
    await waitForPlan(p);
    const final = JSON.parse(runCli('plan', ['public/samples/estate-1200.csv', '--json', '--multiplier', '2']).stdout);
    // Every value the headline shows from here on, in order.
    await p.evaluate(() => {
      const w = window as unknown as { __shown: string[] };
      w.__shown = [];
      const el = document.querySelector('[data-metric="scale-out"] .value')!;
      new MutationObserver(() => w.__shown.push(el.textContent ?? '')).observe(el, { subtree: true, childList: true, characterData: true });
    });
    await p.evaluate(() => {
      const slider = document.getElementById('multiplier') as HTMLInputElement;
      for (const v of [2.9, 0.6, 2.5, 1.1, 2.7, 0.8, 3, 1.4, 2.2, 0.5, 2.8, 1.7, 2]) {
        slider.value = String(v);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await expect.poll(() => num('scale-out')).toBe(final.summary.scaleOutServers);
    await p.waitForTimeout(1500);
    const shown = await p.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
    expect(Number(shown.at(-1))).toBe(final.summary.scaleOutServers);
    const { doc } = await downloadedPlan(p);
    expect(doc.settings.multiplier).toBe(2);
    expect(doc.summary).toEqual(final.summary);
  });
});
