import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../src/i18n/catalogue';
import type { Lang } from '../src/i18n/format';
import { downloadedText, metric, uploadInventoryAs, waitForPlan } from './support/app';
import type { AppPage } from './support/browser';
import { appSession } from './support/session';
import { runCli } from '../test/support/run-cli';

/*
 * The main flow, once per language, driven only by the names a person of that language reads:
 * upload → the plan equals `plan --json` → a slider re-plans → share link round trip (language
 * included) → the printed document in that language.
 */

// Small enough for a comfortable share link, big enough (150 machines, 3 TB/day) to need scale-out servers; one Korean name.
function estate(): string {
  const rows = Array.from(
    { length: 150 },
    (_, i) => `${i === 0 ? '회계-db-01' : `app-${String(i).padStart(3, '0')}`},${i % 2 ? 'Seoul' : 'Busan'},${(18 + (i % 5)).toFixed(1)}`,
  );
  const file = join(mkdtempSync(join(tmpdir(), 'asr-flow-')), 'estate-150.csv');
  writeFileSync(file, ['name,site,dailyChurnGB', ...rows].join('\n') + '\n');
  return file;
}
const LOCALE: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR' };
const OTHER: Record<Lang, Lang> = { en: 'ko', ko: 'en' };

const openPage = appSession();
let app: AppPage;

async function printedText(page: Page): Promise<string> {
  const pdf = join(mkdtempSync(join(tmpdir(), 'asr-flow-')), 'plan.pdf');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  // Long lines (the install command) wrap on paper: compare with runs of white space as one space.
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe.each(['en', 'ko'] as const)('the main flow in %s', (lang) => {
  const t = translator(lang);
  const other = translator(OTHER[lang]);

  it('upload, plan, slider, share link, print — all in one language', async () => {
    app = await openPage({ locale: LOCALE[lang] });
    const p = app.page;
    const SAMPLE = estate();
    expect(await p.locator('html').getAttribute('lang')).toBe(lang);

    await uploadInventoryAs(p, t('load.fileLabel'), SAMPLE);
    await waitForPlan(p);
    expect(await downloadedText(p, t('actions.downloadPlan'))).toBe(runCli('plan', [SAMPLE, '--json']).stdout);

    const before = Number((await metric(p, 'scale-out')).replace(/\D/g, ''));
    await p.getByRole('slider', { name: t('settings.headroom'), exact: true }).fill('70');
    await expect.poll(async () => Number((await metric(p, 'scale-out')).replace(/\D/g, ''))).toBeGreaterThan(before);
    const replanned = await downloadedText(p, t('actions.downloadPlan'));
    expect(JSON.parse(replanned).summary).toEqual(JSON.parse(runCli('plan', [SAMPLE, '--json', '--headroom', '70']).stdout).summary);

    await p.getByRole('button', { name: t('actions.share'), exact: true }).click();
    await p.getByText(t('share.copied')).waitFor();
    const link = await p.evaluate(() => navigator.clipboard.readText());
    // Opened by a colleague whose browser speaks the other language: the link's language wins.
    const second = await openPage({ locale: LOCALE[OTHER[lang]], path: link.slice(link.indexOf('#')) });
    try {
      await waitForPlan(second.page);
      expect(await second.page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await downloadedText(second.page, t('actions.downloadPlan'))).toBe(replanned);
      expect(second.foreign).toEqual([]);
      expect(second.errors).toEqual([]);
    } finally {
      await second.context.close();
    }

    await p
      .getByText(t('chart.whatif.title', { role: 'scale-out' }))
      .first()
      .waitFor();
    const text = await printedText(p);
    expect(text).toContain(t('print.title', { role: 'scale-out' }));
    for (const key of [
      'print.inputs',
      'summary.heading',
      'why.heading',
      'servers.heading',
      'chart.util.title',
      'print.machines',
    ] as const) {
      expect(text, key).toContain(t(key));
    }
    expect(text).toContain(t('checklist.heading', { role: 'scale-out' }).split('(')[0]);
    expect(text).toContain('/DataTransferSecurePort 9443');
    expect(text).toContain('회계-db-01');
    expect(text).toContain('app-149');
    expect(text).not.toContain(other('print.title', { role: 'scale-out' }));
    for (const key of ['print.inputs', 'why.heading'] as const) expect(text, `no ${OTHER[lang]} ${key}`).not.toContain(other(key));
    for (const key of ['load.sample', 'actions.share', 'actions.downloadPlan'] as const)
      expect(text, `no control ${key}`).not.toContain(t(key));
  });
});
