/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { cliConfig } from './build/cli.ts';
import { cspPlugin } from './build/csp.ts';
import { singleFilePlugins } from './build/single-file.ts';
import { xlsxSyncZip } from './build/xlsx-sync-zip.ts';

// `vite build` makes dist/ for any static host; `vite build --mode single` makes the one-file
// build in dist-single/ for air-gapped teams; `vite build --mode cli` the command line's bundle in
// dist-cli/ (npm run build does all three).
export default defineConfig(({ mode }) => {
  if (mode === 'cli') return cliConfig();
  const single = mode === 'single';
  return {
    // Relative base so dist/ works from any static host and any sub-path.
    base: './',
    plugins: [
      solid(),
      xlsxSyncZip(),
      ...(single ? singleFilePlugins({ outDir: 'dist-single', samplesDir: 'public/samples' }) : [cspPlugin()]),
    ],
    publicDir: single ? false : 'public',
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: single ? 'dist-single' : 'dist',
      // papaparse is CommonJS, which the bundler keeps whole wherever it is imported, used or not:
      // the page reaches the inventory reader's index (for its schemas) without reading a CSV, so it
      // shipped papaparse in the first load. It has no side effects: keep it only where it is called.
      rolldownOptions: { treeshake: { moduleSideEffects: [{ test: /[\\/]node_modules[\\/]papaparse[\\/]/, sideEffects: false }] } },
    },
    // The worker imports papaparse, which the dev server's start-up scan cannot see: without this the
    // first load in a fresh checkout is followed by a reload just as a person clicks "Load sample".
    optimizeDeps: { include: ['papaparse', 'chart.js'] },
    // A module worker from a Blob fails to load in an opaque (file:) origin; a classic one loads.
    worker: { format: single ? 'iife' : 'es' },
    test: {
      coverage: {
        provider: 'v8',
        include: ['src/core/**', 'src/io/**'],
        exclude: ['**/*.d.ts', '**/*.inline.ts', '**/*.md'],
        reporter: ['text-summary', 'text'],
        // The domain and the edge are where rules live: npm run check holds them to 90 % of lines.
        thresholds: { 'src/core/**': { lines: 90 }, 'src/io/**': { lines: 90 } },
      },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            setupFiles: ['test/support/catalogues.ts'],
            include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
            environment: 'node',
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            setupFiles: ['test/support/catalogues.ts'],
            include: ['e2e/**/*.e2e.ts'],
            environment: 'node',
            globalSetup: ['e2e/support/global-setup.ts'],
            testTimeout: 90_000,
            hookTimeout: 120_000,
            // One Chromium at a time: the machines this runs on have two cores.
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
