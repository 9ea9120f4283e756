import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startPreview } from '../e2e/support/local-browser';
import { asrModernized } from '../src/core/rules/asr-modernized';
import { loadCatalogue, translator } from '../src/i18n/catalogue';
import type { Lang } from '../src/i18n/format';
import { koreanFontWarning } from './korean-font';

/*
 * Screenshots of every view, for a person to look at before calling a UI done (not a test):
 * plan, running and migration views, empty and loaded, English and Korean, 1280×800 and 390×844, light and
 * dark; and the print PDF of both languages as PNG pages. Needs a build (`npm run build`).
 * Usage: npm run screenshots [-- <out-dir>]   (default /tmp/asr-shots)
 */

const OUT = process.argv[2] ?? '/tmp/asr-shots';
const SIZES = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LOCALE: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR' };

async function open(browser: Browser, base: string, lang: Lang, size: (typeof SIZES)[number], scheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    locale: LOCALE[lang],
    colorScheme: scheme,
  });
  const page = await context.newPage();
  await page.goto(base);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });
  await page.screenshot({ path: join(OUT, `${name}-full.png`), fullPage: true });
}

type View = 'plan' | 'plan-modernized' | 'running' | 'migrate';

/** Chooses the replication appliances (asr-modernized) and waits for the first appliance. */
async function chooseAppliances(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('radio', { name: asrModernized.names[lang], exact: true }).check();
  await page.locator('[data-server="APP01"]').waitFor();
}

/** Loads a view's sample the way a person would, and waits for its result. */
async function loadSample(page: Page, lang: Lang, view: View): Promise<void> {
  const t = translator(lang);
  if (view === 'migrate') return openMigration(page, lang);
  if (view !== 'running') {
    await page.locator('#sample-select').selectOption('estate');
    await page.getByRole('button', { name: t('load.sample'), exact: true }).click();
    await page.getByTestId('server-table').waitFor();
    if (view === 'plan-modernized') await chooseAppliances(page, lang);
  } else {
    await page.getByRole('button', { name: t('nav.running'), exact: true }).click();
    await page.getByRole('button', { name: t('running.empty.sample'), exact: true }).click();
    await page.getByTestId('running-server-table').waitFor();
  }
}

/** The running sample and its server file, in the Migration view. */
async function openMigration(page: Page, lang: Lang): Promise<void> {
  const t = translator(lang);
  await loadSample(page, lang, 'running');
  await page.getByRole('button', { name: t('nav.migrate'), exact: true }).click();
  await page.getByRole('button', { name: t('running.servers.sample'), exact: true }).click();
  await page.locator('[data-code="server-versions"] .badge.ok').waitFor();
}

async function views(browser: Browser, base: string, lang: Lang, size: (typeof SIZES)[number], scheme: 'light' | 'dark'): Promise<void> {
  const tag = `${lang}-${size.name}-${scheme}`;
  const page = await open(browser, base, lang, size, scheme);
  await shoot(page, `plan-empty-${tag}`);
  await loadSample(page, lang, 'plan');
  await shoot(page, `plan-${tag}`);
  await chooseAppliances(page, lang);
  await shoot(page, `plan-modernized-${tag}`);
  await loadSample(page, lang, 'running');
  await shoot(page, `running-${tag}`);
  await page.getByRole('button', { name: translator(lang)('nav.migrate'), exact: true }).click();
  await page.getByTestId('runbook').waitFor();
  await shoot(page, `migrate-${tag}`);
  await page.context().close();
}

async function printed(browser: Browser, base: string, lang: Lang, view: View): Promise<void> {
  const page = await open(browser, base, lang, SIZES[0], 'light');
  await loadSample(page, lang, view);
  await page.waitForTimeout(600);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const pdf = join(OUT, `print-${view}-${lang}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, `print-${view}-${lang}`)]);
  await page.context().close();
}

async function main(): Promise<void> {
  await loadCatalogue('ko');
  const noFont = koreanFontWarning();
  if (noFont) console.warn(noFont);
  mkdirSync(OUT, { recursive: true });
  const preview = await startPreview();
  try {
    const browser = await launchChromium();
    for (const lang of ['en', 'ko'] as const) {
      for (const size of SIZES) for (const scheme of ['light', 'dark'] as const) await views(browser, preview.url, lang, size, scheme);
      for (const view of ['plan', 'plan-modernized', 'running', 'migrate'] as const) await printed(browser, preview.url, lang, view);
    }
    await browser.close();
    console.log(`screenshots in ${OUT}`);
  } finally {
    preview.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
