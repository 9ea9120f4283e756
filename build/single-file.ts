import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspDirectives } from './csp.ts';

/*
 * The single-file build: one HTML file with scripts, styles, the worker and the samples inlined,
 * which works opened straight from disk or an e-mail attachment (no server, no network).
 */

/** Name of the file the single-file build writes. */
export const SINGLE_FILE_NAME = 'asr-process-server-planner.html';

const VIRTUAL_SAMPLES = 'virtual:asr-samples';

// Modules with an `.inline.ts` twin get the twin: the worker from a Blob, samples from the bundle.
function inlineTwins(): Plugin {
  return {
    name: 'asr-inline-twins',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/\/(sample-source|make-worker)$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const twin = resolved?.id.replace(/\.ts$/, '.inline.ts');
      return twin && existsSync(twin) ? twin : null;
    },
  };
}

function inlineSamples(dir: string): Plugin {
  return {
    name: 'asr-inline-samples',
    resolveId: (id) => (id === VIRTUAL_SAMPLES ? `\0${VIRTUAL_SAMPLES}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL_SAMPLES}`) return null;
      const texts = Object.fromEntries(
        readdirSync(dir)
          .filter((f) => f.endsWith('.csv'))
          .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
      );
      const workbooks = Object.fromEntries(
        readdirSync(dir)
          .filter((f) => /\.xls[xm]$/.test(f))
          .map((f) => [f, readFileSync(join(dir, f)).toString('base64')]),
      );
      return `export const SAMPLE_TEXTS = ${JSON.stringify(texts)};\nexport const SAMPLE_BASE64 = ${JSON.stringify(workbooks)};`;
    },
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// With everything inline, 'self' allows nothing: the CSP names the exact inline script and style
// by hash, and the Blob the worker starts from.
function hashedCsp(outDir: string): Plugin {
  return {
    name: 'asr-single-file-csp',
    apply: 'build',
    enforce: 'post',
    writeBundle() {
      const path = join(outDir, 'index.html');
      let html = readFileSync(path, 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
      const csp = cspDirectives({ 'script-src': scripts, 'style-src': styles, 'worker-src': ['blob:'] }).replace(
        "default-src 'self'",
        "default-src 'none'",
      );
      html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
      html = html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
      );
      writeFileSync(path, html);
      renameSync(path, join(outDir, SINGLE_FILE_NAME));
    },
  };
}

/** Plugins of the single-file build. */
export function singleFilePlugins(opts: { outDir: string; samplesDir: string }): Plugin[] {
  return [
    inlineTwins(),
    inlineSamples(opts.samplesDir),
    viteSingleFile({ removeViteModuleLoader: true }) as Plugin,
    hashedCsp(opts.outDir),
  ];
}
