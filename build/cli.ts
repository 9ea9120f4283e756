import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, UserConfig } from 'vite';

/*
 * The command-line bundle (`vite build --mode cli`, part of npm run build): one ES module for Node,
 * dist-cli/asr-planner.mjs, with every dependency inside it (papaparse, zod), so the file runs
 * alone with `node` — no tsx, no node_modules. package.json's `bin` points at it.
 */

/** Folder the CLI bundle is written to (`vite build --outDir` may name another). */
export const CLI_OUT_DIR = 'dist-cli';
/** File name of the CLI bundle. */
export const CLI_FILE_NAME = 'asr-planner.mjs';

// Executable, so `./dist-cli/asr-planner.mjs` runs through its #! line as well as with `node`.
function executable(): Plugin {
  return {
    name: 'asr-cli-executable',
    apply: 'build',
    writeBundle(options) {
      chmodSync(join(options.dir ?? CLI_OUT_DIR, CLI_FILE_NAME), 0o755);
    },
  };
}

/** Vite configuration of the CLI bundle. */
export function cliConfig(): UserConfig {
  return {
    publicDir: false,
    plugins: [executable()],
    // Bundle everything: a Node build leaves node_modules external by default.
    ssr: { noExternal: true, target: 'node' },
    // fflate's Node build imports `module` to start worker_threads for its asynchronous inflate,
    // which the workbook reader never uses (it unpacks synchronously): its plain build keeps the
    // bundle to Node built-ins with the `node:` prefix.
    // (write-excel-file zips with fflate too.) Should anything still import `module` bare, it is Node's.
    resolve: {
      alias: [
        { find: /^fflate$/, replacement: 'fflate/browser' },
        { find: /^module$/, replacement: 'node:module' },
      ],
    },
    build: {
      ssr: 'src/cli/main.ts',
      target: 'node20',
      outDir: CLI_OUT_DIR,
      emptyOutDir: true,
      sourcemap: false,
      // Readable, so a DEBUG=1 stack trace names real functions; minifying saved no measurable start-up.
      minify: false,
      copyPublicDir: false,
      rolldownOptions: { output: { entryFileNames: CLI_FILE_NAME, format: 'es', codeSplitting: false } },
    },
  };
}
