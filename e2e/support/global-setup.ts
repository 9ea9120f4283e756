import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { koreanFontWarning } from '../../tools/korean-font';
import { chromiumPath, startPreview } from './local-browser';

/*
 * Builds the app once and serves dist/ with `vite preview` on 127.0.0.1 for the browser tests.
 * The server is stopped by its PID (and its process group) when the run ends.
 */

export default async function setup(project: TestProject) {
  const chromium = chromiumPath();
  if (!existsSync(chromium)) {
    throw new Error(`Browser tests need Chromium at ${chromium}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  // Not fatal (the English tests are still worth running), but the Korean print checks fail without it.
  const noFont = koreanFontWarning();
  if (noFont) console.warn(`${noFont}\nThe Korean print checks of e2e/main-flow.e2e.ts fail without one (bash .ci/run installs it).`);
  if (!process.env.E2E_SKIP_BUILD) {
    for (const args of [[], ['--mode', 'single']]) {
      const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', ...args], { stdio: 'inherit' });
      if (build.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
    }
  }
  const preview = await startPreview();
  project.provide('baseURL', preview.url);
  project.provide('chromiumPath', chromium);
  return preview.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
  }
}
