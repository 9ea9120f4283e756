import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The layer rules of eslint.config.js, shown to bite: a one-line module placed in each folder of
 * src/ with an import it must not make is reported, and the allowed way to say the same is not.
 * The files need not exist: ESLint picks the rules by path.
 */

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The layer-rule messages for `import … from spec` in a module at `filePath`. */
async function restricted(filePath: string, spec: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${spec}';\nexport const y = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// [module, forbidden import, what the message says, allowed import]
const cases: [string, string, RegExp, string][] = [
  // Layer against layer.
  ['src/core/plan-x.ts', '../io/inventory', /core may import only core/, './model'],
  ['src/core/planner/x.ts', '../../ui/app', /not ui/, '../model'],
  ['src/i18n/x.ts', '../io/inventory', /i18n may import only i18n, core/, '../core/units'],
  ['src/io/inventory/x.ts', '../../ui/app-context', /io may import only io, core, i18n/, '../../i18n/format'],
  ['src/io/x.ts', '../workers/protocol', /not workers/, './limits'],
  ['src/io/share/x.ts', '../browser', /not io\/browser/, '../inventory'],
  ['src/io/browser/x.ts', '../../ui/app', /not ui/, '../share'],
  ['src/workers/x.ts', '../io/browser', /not io\/browser/, '../io/inventory'],
  ['src/workers/x.ts', '../ui/kernel/latest', /workers may import only/, '../core/model'],
  ['src/cli/x.ts', '../workers/protocol', /cli may import only cli, io, core, i18n/, '../io/servers'],
  ['src/cli/x.ts', '../io/browser', /not io\/browser/, '../io/plan-inventory'],
  ['src/ui/x.ts', '../cli/run', /not cli/, '../io/browser'],
  // A package's internals, from another layer, a sibling package, or the layer's root files.
  ['src/ui/views/x.tsx', '../../../core/planner/items', /through its index\.ts/, '../../../core/planner'],
  ['src/ui/x.ts', '../io/share/payload', /through its index\.ts/, '../io/share'],
  ['src/ui/x.ts', '../workers/kernel/envelope', /through its index\.ts/, '../workers/protocol'],
  ['src/core/rebalance/x.ts', '../planner/items', /through its index\.ts/, '../planner'],
  ['src/core/x.ts', './rules/tiers', /through its index\.ts/, './rules'],
  ['src/io/servers/x.ts', '../inventory/sniff', /through its index\.ts/, '../inventory'],
  ['src/workers/x.ts', './kernel/serve', /through its index\.ts/, './kernel'],
  // Libraries for one environment only, and zod only through core/schema.ts.
  ['src/core/x.ts', 'zod', /core\/schema\.ts/, './schema'],
  ['src/core/x.ts', 'solid-js', /solid-js belongs to ui only/, './units'],
  ['src/workers/x.ts', 'node:fs', /node:\* belongs to cli only/, '../io/limits'],
  ['src/io/x.ts', 'chart.js/auto', /chart\.js belongs to ui only/, 'papaparse'],
  ['src/ui/x.ts', 'papaparse', /papaparse belongs to io only/, 'solid-js'],
  ['src/ui/x.ts', 'read-excel-file/universal', /read-excel-file belongs to io only/, 'chart.js/auto'],
  ['src/workers/x.ts', 'fflate', /fflate belongs to io only/, '../io/workbook'],
  ['src/core/x.ts', 'write-excel-file/universal', /write-excel-file belongs to io only/, './units'],
];

describe('the layer rules', () => {
  it.each(cases)('in %s, reject %s', async (file, forbidden, says) => {
    const messages = await restricted(file, forbidden);
    expect(messages.length).toBe(1);
    expect(messages[0]).toMatch(says);
  });

  it.each(cases)('in %s, allow what it may import instead (%s → %s)', async (file, _forbidden, _says, allowed) => {
    expect(await restricted(file, allowed)).toEqual([]);
  });

  it('keep a package free inside itself', async () => {
    expect(await restricted('src/core/planner/x.ts', './items')).toEqual([]);
    expect(await restricted('src/workers/kernel/x.ts', '../protocol')).toEqual([]);
    expect(await restricted('src/i18n/x.ts', './messages/app.en')).toEqual([]);
  });
});
