import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './local-browser';

/** The address the app is served at (from the global setup). */
export const baseURL = () => inject('baseURL');

/** Starts Chromium. */
export function launch(): Promise<Browser> {
  return launchChromium([], inject('chromiumPath'));
}

/** A page of the app, with every request it makes recorded and every page error kept. */
export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Requests that left the page's own origin (must stay empty). */
  foreign: string[];
  errors: string[];
}

/** How to open the app: browser language, viewport, colour scheme, a path or fragment to open. */
export interface OpenOptions {
  locale?: string;
  width?: number;
  height?: number;
  path?: string;
  colorScheme?: 'light' | 'dark';
  /** Only for injecting axe-core (see e2e/support/axe.ts): every other test runs under the page's CSP. */
  bypassCSP?: boolean;
}

/** Opens the app in a fresh context. */
export async function openApp(browser: Browser, opts: OpenOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    locale: opts.locale ?? 'en-US',
    colorScheme: opts.colorScheme ?? 'light',
    bypassCSP: opts.bypassCSP ?? false,
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL()).origin });
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  const origin = new URL(baseURL()).origin;
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(opts.path ?? '', baseURL()).href);
  // The first paint waits for the reader's language (Korean loads on demand): wait for the app.
  await page.locator('#root > *').first().waitFor({ state: 'attached' });
  return { page, context, foreign, errors };
}
