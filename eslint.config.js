// Lint: TypeScript rules everywhere, Solid's reactivity rules for the UI, and the project's own
// boundaries. `npm run lint` fails on any warning.
import js from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-single/', 'dist-cli/', 'coverage/', 'node_modules/', '.scratch/', 'e2e/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'Import z from src/core/schema.ts: it configures zod for the CSP (jitless).' }] },
      ],
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
  { files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'], ...solid },
  // Solid's compiler assigns `ref={el}` variables, which this rule can't see.
  { files: ['src/ui/**/*.tsx'], rules: { 'no-unassigned-vars': 'off' } },
  {
    files: ['test/**', 'e2e/**', 'bench/**', 'tools/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
