import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SINGLE_FILE_NAME } from '../build/single-file';
import { loadSample, metric, waitForPlan } from './support/app';
import { launch } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the single-file build', () => {
  it('opens straight from disk, plans a sample, and asks nothing of the network', async () => {
    // A copy in an empty folder: nothing next to it to lean on, like an e-mail attachment.
    const dir = mkdtempSync(join(tmpdir(), 'asr-single-'));
    const file = join(dir, SINGLE_FILE_NAME);
    copyFileSync(resolve('dist-single', SINGLE_FILE_NAME), file);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const requests: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) requests.push(r.url());
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(pathToFileURL(file).href);
    await loadSample(page, /Estate/);
    await waitForPlan(page);
    expect(await metric(page, 'machines')).toBe('1,200');
    await page.getByText('Scale-out servers as churn changes').waitFor();
    await page.getByRole('slider', { name: 'Headroom (%)' }).fill('70');
    await expect.poll(async () => Number(await metric(page, 'scale-out'))).toBeGreaterThan(9);
    // A workbook sample: the lazily loaded workbook reader is inlined too (docs/inputs.md#workbooks).
    await loadSample(page, /Deployment Planner report/);
    await expect.poll(() => metric(page, 'machines')).toBe('24');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});
