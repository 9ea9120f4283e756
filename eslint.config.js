// Lint: TypeScript rules everywhere, Solid's reactivity rules for the UI, and the project's own
// boundaries. `npm run lint` fails on any warning.
import js from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ZOD = { name: 'zod', message: 'Import z from src/core/schema.ts: it configures zod for the CSP (jitless).' };

/*
 * The layers of src/ and what each may import (the README's Architecture section says the same in
 * words). A folder inside core/, io/ or workers/ is a package: from outside it, only its index.ts
 * (its public surface) may be imported. Imports are relative, so the rules match the import text:
 * a layer's folder name in it, or a file named inside a package's folder.
 */
const LAYERS = {
  core: ['core'],
  i18n: ['i18n', 'core'],
  io: ['io', 'core', 'i18n'],
  'io/browser': ['io/browser', 'io', 'core', 'i18n'],
  workers: ['workers', 'io', 'core', 'i18n'],
  cli: ['cli', 'io', 'core', 'i18n'],
  ui: ['ui', 'workers', 'io/browser', 'io', 'core', 'i18n'],
};
// How an import text names a layer's folder (`../../core/x`, `../io/browser`): names unique in src/.
const FOLDER = { core: 'core', i18n: 'i18n', io: 'io', 'io/browser': 'browser', workers: 'workers', cli: 'cli', ui: 'ui' };
// Libraries for one environment, and the layers that may use them.
const LIBRARIES = {
  'solid-js': ['ui'],
  'chart.js': ['ui'],
  papaparse: ['io'],
  fflate: ['io'],
  'read-excel-file': ['io'],
  'write-excel-file': ['io'],
  'node:*': ['cli'],
};

// The layers whose folders are packages (i18n/messages and ui's folders are plain folders).
const PACKAGED = ['core', 'io', 'workers'];
const THROUGH_INDEX = 'Import a package through its index.ts (its public surface), not a file inside it.';
const DEEP = {
  // From another layer: `../../core/planner/items`.
  other: '/(core|io|workers)/[^/]+/[^/?]+$',
  // From a package to a sibling package's file: `../planner/items` (not `../../core/x`).
  package: '^\\.\\./[^./][^/]*/[^/?]+$',
  // From a layer's root file into one of its packages: `./rules/tiers`.
  root: '^\\./[^/]+/[^/?]+$',
};
const within = (layer, layers) => layers.some((l) => layer === l || layer.startsWith(`${l}/`));

function layerPatterns(layer, where) {
  const may = LAYERS[layer];
  const patterns = Object.keys(LAYERS)
    .filter((other) => !may.includes(other))
    .map((other) => ({
      group: [`**/${FOLDER[other]}`, `**/${FOLDER[other]}/**`],
      message: `${layer} may import only ${may.join(', ')} (README, Architecture): not ${other}.`,
    }));
  patterns.push({ regex: DEEP.other, message: THROUGH_INDEX });
  if (within(layer, PACKAGED)) patterns.push({ regex: DEEP[where], message: THROUGH_INDEX });
  for (const [lib, users] of Object.entries(LIBRARIES)) {
    if (!within(layer, users))
      patterns.push({ group: [lib, `${lib}/*`], message: `${lib} belongs to ${users.join(', ')} only (README, Architecture).` });
  }
  return patterns;
}

// A block per layer and place (root files, package files); later blocks win, so io/browser comes after io.
function layerBlocks() {
  const block = (files, layer, where) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { paths: [ZOD], patterns: layerPatterns(layer, where) }] },
  });
  return Object.keys(LAYERS).flatMap((layer) =>
    layer.includes('/')
      ? [block([`src/${layer}/**/*.ts`], layer, 'package')]
      : [
          block([`src/${layer}/*.ts`, `src/${layer}/*.tsx`], layer, 'root'),
          block([`src/${layer}/*/**/*.ts`, `src/${layer}/*/**/*.tsx`], layer, 'package'),
        ],
  );
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-single/', 'dist-cli/', 'coverage/', 'node_modules/', '.scratch/', 'e2e/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [ZOD] }],
    },
  },
  ...layerBlocks(),
  {
    // Small files and short functions (README, Architecture): split by concept past these.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  { files: ['src/core/schema.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    // The domain stays pure: no browser or Node globals (tsconfig.core.json checks the types too).
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'location', 'navigator', 'fetch', 'process', 'require'],
    },
  },
  {
    // The worker and shared io run in a worker and in Node: no page globals, no Node globals
    // (tsconfig.worker.json and tsconfig.cli.json check the DOM; papaparse's types bring Node's into both).
    files: ['src/workers/**/*.ts', 'src/io/**/*.ts'],
    ignores: ['src/io/browser/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'location', 'navigator', 'process', 'require', 'Buffer'],
    },
  },
  { files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'], ...solid },
  // Solid's compiler assigns `ref={el}` variables, which this rule can't see.
  { files: ['src/ui/**/*.tsx'], rules: { 'no-unassigned-vars': 'off' } },
  {
    files: ['test/**', 'e2e/**', 'bench/**', 'tools/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
