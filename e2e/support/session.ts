import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launch, openApp, type AppPage, type OpenOptions } from './browser';

/**
 * One Chromium for a test file. Returns `open`, which opens the app in a fresh context. After
 * every test, each page it opened must have made no request beyond 127.0.0.1 and thrown nothing;
 * then its context is closed.
 */
export function appSession(): (opts?: OpenOptions) => Promise<AppPage> {
  let browser: Browser | undefined;
  let opened: AppPage[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    const pages = opened;
    opened = [];
    for (const app of pages) {
      expect(app.foreign).toEqual([]);
      expect(app.errors).toEqual([]);
    }
    await Promise.all(pages.map((app) => app.context.close()));
  });
  return async (opts) => {
    const app = await openApp(browser!, opts);
    opened.push(app);
    return app;
  };
}
