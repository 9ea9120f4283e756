import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, loadSample, metric, uploadInventory, waitForPlan } from './support/app';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';

/*
 * Saving and sharing (issue 10, items 11–13): whatever the page writes it reads back, and says
 * so when it can't write; a full storage is said; a link pasted into an open tab is followed.
 */

const openPage = appSession();
let app: AppPage;

const notices = (page: Page) => page.locator('.notices .notice').allInnerTexts();

/** Fills the origin's localStorage until not one more character fits. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let i = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    }
  });
}

describe('saving and sharing in Chromium', () => {
  it('says state-not-saved when the browser’s storage is full (English and Korean)', async () => {
    app = await openPage();
    await fillStorage(app.page);
    await loadSample(app.page, /Small shop/);
    await waitForPlan(app.page);
    const alert = app.page.locator('.notice.error', { hasText: 'storage for this page is full' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/settings were not saved\. Free some site data, or save a plan file instead\./);
    // Said once, not at every change.
    await app.page.getByRole('slider', { name: 'Growth (%)' }).fill('30');
    await app.page.waitForTimeout(800);
    expect((await notices(app.page)).filter((t) => t.includes('is full'))).toHaveLength(1);
    await chooseLanguage(app.page, 'ko');
    expect(await app.page.locator('.notice.error').first().innerText()).toContain('브라우저 저장 공간이 가득 차서');
  });

  it('follows a share link pasted into a tab that already shows the app (hashchange), and ignores in-page anchors', async () => {
    app = await openPage();
    await loadSample(app.page, /Small shop/);
    await waitForPlan(app.page);
    await app.page.getByRole('slider', { name: 'Growth (%)' }).fill('30');
    await expect.poll(() => app.page.locator('output[for=growth]').innerText()).toBe('30%');
    await app.page.getByRole('button', { name: 'Copy share link' }).click();
    await app.page.getByText('Share link copied').waitFor();
    const link = await app.page.evaluate(() => navigator.clipboard.readText());
    await loadSample(app.page, /Estate/);
    await expect.poll(() => metric(app.page, 'machines')).toBe('1,200');
    await app.page.getByRole('slider', { name: 'Growth (%)' }).fill('0');
    await app.page.getByRole('button', { name: 'Running deployment' }).click();

    await app.page.evaluate((hash) => (location.hash = hash), link.slice(link.indexOf('#')));
    await expect.poll(() => metric(app.page, 'machines')).toBe('60');
    expect(await app.page.locator('output[for=growth]').innerText()).toBe('30%');
    expect(await app.page.evaluate(() => location.hash)).toBe('');
    expect(await notices(app.page)).toEqual([]);

    // The skip link changes the fragment too; it is no share link and gives no notice.
    await app.page.evaluate(() => (location.hash = '#results'));
    await app.page.waitForTimeout(300);
    expect(await notices(app.page)).toEqual([]);
    // A damaged link pasted the same way says so.
    await app.page.evaluate(() => (location.hash = '#v1.AAAAQ3hlbGxv'));
    await app.page.locator('.notice.error', { hasText: /link/ }).waitFor();
    expect(await metric(app.page, 'machines')).toBe('60');
  });

  it('offers no configuration-server site the stored state could not hold, and says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asr-save-'));
    const file = join(dir, 'long-site.csv');
    const long = `DC-${'x'.repeat(600)}`;
    writeBig(file, ['name,dailyChurnGB,site', 'web-01,5,Seoul', `web-02,6,${long}`, `web-03,7,${long}`].join('\n'));
    app = await openPage();
    await uploadInventory(app.page, file);
    await waitForPlan(app.page);
    const select = app.page.getByLabel('Configuration server site');
    expect(await select.locator('option[value="Seoul"]').isDisabled()).toBe(false);
    expect(await select.locator(`option[value="${long}"]`).isDisabled()).toBe(true);
    expect(await app.page.locator('#config-site-note').innerText()).toMatch(/longer than 500 characters can’t be chosen/);
    await select.selectOption('Seoul');
    // What was stored reads back: a reload restores it without a "could not be restored" notice.
    await app.page.waitForTimeout(800);
    await app.page.reload();
    await waitForPlan(app.page);
    expect(await select.inputValue()).toBe('Seoul');
    expect(await notices(app.page)).toEqual([]);
  });

  it('does not save a plan file or make a link "Open plan file" or the link would refuse (a 53 MB inventory)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asr-save-'));
    const file = join(dir, 'estate-53mb.csv');
    const note = 'n'.repeat(1_000_000);
    writeBig(file, 'name,dailyChurnGB,note\n', (write) => {
      for (let i = 0; i < 53; i++) write(`vm-${i},${i + 1},${note}\n`);
    });
    app = await openPage();
    await uploadInventory(app.page, file);
    await waitForPlan(app.page);
    expect(await metric(app.page, 'machines')).toBe('53');
    const downloads: string[] = [];
    app.page.on('download', (d) => downloads.push(d.suggestedFilename()));

    await app.page.getByRole('button', { name: 'Download plan file' }).click();
    const planFile = app.page.locator('.notice.error', { hasText: 'The plan file was not saved' });
    await planFile.waitFor();
    expect(await planFile.innerText()).toMatch(
      /the inventory is 50\.5 MB, more than the 50 MB a plan file holds\. Keep the inventory CSV itself/,
    );

    await app.page.getByRole('button', { name: 'Copy share link' }).click();
    const link = app.page.locator('.notice.error', { hasText: 'No share link was made' });
    await link.waitFor();
    expect(await link.innerText()).toMatch(/more than the 50 MB a share link holds/);
    await app.page.waitForTimeout(500);
    expect(downloads).toEqual([]);

    await chooseLanguage(app.page, 'ko');
    expect(await planFile.count()).toBe(0);
    expect((await notices(app.page)).join('\n')).toMatch(
      /계획 파일을 저장하지 않았습니다\. 인벤토리가 50\.5 MB로 계획 파일에 담을 수 있는 50 MB를 넘습니다/,
    );
  });
});

/** Writes a file in pieces, so a 53 MB test input is never one string in the test process. */
function writeBig(path: string, head: string, body?: (write: (s: string) => void) => void): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    body?.((s) => writeSync(fd, s));
  } finally {
    closeSync(fd);
  }
}
