import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Each environment's typecheck (npm run typecheck): the files it covers, and the APIs it knows.
 * A probe module is checked with a config's own options: a page API fails where there is no page,
 * a Node API fails where there is no Node.
 */

function parsed(config: string): ts.ParsedCommandLine {
  const found = ts.getParsedCommandLineOfConfigFile(resolve(config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!found) throw new Error(`${config} could not be read`);
  return found;
}

const covered = (config: string) => parsed(config).fileNames.map((f) => f.slice(resolve('.').length + 1));

/** The type errors of `code`, checked as a module under `config`'s options. */
function errors(config: string, code: string): string[] {
  const { options } = parsed(config);
  const probe = resolve('src/probe.ts');
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => (name === probe ? ts.createSourceFile(name, code, lang) : read(name, lang, ...rest));
  host.fileExists = (
    (exists) => (name: string) =>
      name === probe || exists(name)
  )(host.fileExists.bind(host));
  const program = ts.createProgram([probe], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const PAGE = 'export const t: string = document.title;';
const NODE = 'export const a: string[] = process.argv;';
const WORKER = "postMessage('ready');";

describe('the per-environment typechecks', () => {
  it('cover the worker and the command with the shared io, i18n and core, never the page-only io or ui', () => {
    const worker = covered('tsconfig.worker.json');
    const cli = covered('tsconfig.cli.json');
    for (const files of [worker, cli]) {
      expect(files).toContain('src/io/inventory/read-inventory.ts');
      expect(files).toContain('src/i18n/catalogue.ts');
      expect(files).toContain('src/core/planner/plan.ts');
      expect(files.filter((f) => f.startsWith('src/io/browser/') || f.startsWith('src/ui/'))).toEqual([]);
    }
    expect(worker).toContain('src/workers/plan-worker.ts');
    expect(cli).toContain('src/cli/main.ts');
  });

  it('check the worker with the WebWorker library: no page, no Node', () => {
    expect(errors('tsconfig.worker.json', WORKER)).toEqual([]);
    expect(errors('tsconfig.worker.json', PAGE).join()).toMatch(/Cannot find name 'document'/);
    expect(errors('tsconfig.worker.json', NODE).join()).toMatch(/Cannot find name 'process'/);
  });

  it('check the command with Node: no page', () => {
    expect(errors('tsconfig.cli.json', NODE)).toEqual([]);
    expect(errors('tsconfig.cli.json', PAGE).join()).toMatch(/Cannot find name 'document'/);
  });

  it('check core with neither', () => {
    expect(errors('tsconfig.core.json', 'export const n: number = Math.max(1, 2);')).toEqual([]);
    expect(errors('tsconfig.core.json', PAGE).join()).toMatch(/Cannot find name 'document'/);
    expect(errors('tsconfig.core.json', NODE).join()).toMatch(/Cannot find name 'process'/);
  });

  it('run them all in npm run typecheck', async () => {
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    for (const config of ['tsconfig.core.json', 'tsconfig.worker.json', 'tsconfig.cli.json', 'tsconfig.json']) {
      expect(pkg.scripts.typecheck).toContain(`tsc -p ${config} --noEmit`);
    }
  });
});
