import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

/*
 * Builds the app once and serves dist/ with `vite preview` on 127.0.0.1 for the browser tests.
 * The server is stopped by its PID (and its process group) when the run ends.
 */

let server: ChildProcess | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

// Polls until the server answers: its console output is not a reliable signal (colours, wording).
async function waitForHttp(url: string, timeoutMs: number, exited: () => number | null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited() !== null) throw new Error(`vite preview exited with ${exited()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

export default async function setup(project: TestProject) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(`Browser tests need Chromium at ${chromium}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  if (!process.env.E2E_SKIP_BUILD) {
    for (const args of [[], ['--mode', 'single']]) {
      const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', ...args], { stdio: 'inherit' });
      if (build.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
    }
  }
  const port = await freePort();
  server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, NO_COLOR: '1' },
  });
  await waitForHttp(`http://127.0.0.1:${port}/`, 60_000, () => server?.exitCode ?? null);
  project.provide('baseURL', `http://127.0.0.1:${port}/`);
  project.provide('chromiumPath', chromium);
  return () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        server.kill('SIGTERM');
      }
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
  }
}
