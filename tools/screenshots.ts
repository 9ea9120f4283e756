import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { translator } from '../src/i18n/catalogue';
import type { Lang } from '../src/i18n/format';

/*
 * Screenshots of every view, for a person to look at before calling a UI done (not a test):
 * plan and running views, empty and loaded, English and Korean, 1280×800 and 390×844, light and
 * dark; and the print PDF of both languages as PNG pages. Needs a build (`npm run build`).
 * Usage: npm run screenshots [-- <out-dir>]   (default /tmp/asr-shots)
 */

const OUT = process.argv[2] ?? '/tmp/asr-shots';
const PORT = 4791;
const BASE = `http://127.0.0.1:${PORT}/`;
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SIZES = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LOCALE: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR' };

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server at ${BASE}`);
}

async function open(browser: Browser, lang: Lang, size: (typeof SIZES)[number], scheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    locale: LOCALE[lang],
    colorScheme: scheme,
  });
  const page = await context.newPage();
  await page.goto(BASE);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });
  await page.screenshot({ path: join(OUT, `${name}-full.png`), fullPage: true });
}

async function views(browser: Browser, lang: Lang, size: (typeof SIZES)[number], scheme: 'light' | 'dark'): Promise<void> {
  const t = translator(lang);
  const tag = `${lang}-${size.name}-${scheme}`;
  const page = await open(browser, lang, size, scheme);
  await shoot(page, `plan-empty-${tag}`);
  await page.locator('#sample-select').selectOption('estate');
  await page.getByRole('button', { name: t('load.sample'), exact: true }).click();
  await page.getByTestId('server-table').waitFor();
  await shoot(page, `plan-${tag}`);
  await page.getByRole('button', { name: t('nav.running'), exact: true }).click();
  await page.getByRole('button', { name: t('running.empty.sample'), exact: true }).click();
  await page.getByTestId('running-server-table').waitFor();
  await shoot(page, `running-${tag}`);
  await page.context().close();
}

async function printed(browser: Browser, lang: Lang, view: 'plan' | 'running'): Promise<void> {
  const t = translator(lang);
  const page = await open(browser, lang, SIZES[0], 'light');
  if (view === 'plan') {
    await page.locator('#sample-select').selectOption('estate');
    await page.getByRole('button', { name: t('load.sample'), exact: true }).click();
    await page.getByTestId('server-table').waitFor();
  } else {
    await page.getByRole('button', { name: t('nav.running'), exact: true }).click();
    await page.getByRole('button', { name: t('running.empty.sample'), exact: true }).click();
    await page.getByTestId('running-server-table').waitFor();
  }
  await page.waitForTimeout(600);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const pdf = join(OUT, `print-${view}-${lang}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, `print-${view}-${lang}`)]);
  await page.context().close();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer();
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
    for (const lang of ['en', 'ko'] as const) {
      for (const size of SIZES) for (const scheme of ['light', 'dark'] as const) await views(browser, lang, size, scheme);
      for (const view of ['plan', 'running'] as const) await printed(browser, lang, view);
    }
    await browser.close();
    console.log(`screenshots in ${OUT}`);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
