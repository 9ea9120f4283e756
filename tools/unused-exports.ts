import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/*
 * npx tsx tools/unused-exports.ts — every export of src/ that no other file of src/ uses: UNUSED
 * when nothing else names it, TEST-ONLY when only tests, benches or tools do. Such an export is
 * either dead or an internal a test reaches into; see the README (Development). Re-exports in an
 * index count as neither: what matters is who imports the name through them. Slow (tens of seconds):
 * it asks the TypeScript language service for the references of each export.
 *
 * Expected: the `.inline.ts` twins and the lazily imported chart modules' `default` show as
 * UNUSED (the build swaps the twins in; `import()` reaches the defaults).
 */

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const config = ts.getParsedCommandLineOfConfigFile(
  `${ROOT}tsconfig.json`,
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
if (!config) throw new Error('tsconfig.json could not be read');

const host: ts.LanguageServiceHost = {
  getScriptFileNames: () => config.fileNames,
  getScriptVersion: () => '1',
  getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(readFileSync(f, 'utf8')) : undefined),
  getCurrentDirectory: () => ROOT,
  getCompilationSettings: () => config.options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
};
const service = ts.createLanguageService(host);
const program = service.getProgram()!;
const checker = program.getTypeChecker();

const lineAt = (file: string, pos: number) => {
  const text = readFileSync(file, 'utf8');
  return text.slice(text.lastIndexOf('\n', pos) + 1, text.indexOf('\n', pos)).trim();
};
const isReExport = (line: string) => /^export\s.*\sfrom\s/.test(line) || /^export\s*(type\s*)?\{/.test(line);

const report: string[] = [];
for (const source of program.getSourceFiles()) {
  const file = relative(ROOT, source.fileName);
  if (!file.startsWith('src/') || file.endsWith('.d.ts')) continue;
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) continue;
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const declaration = symbol.declarations?.[0];
    if (!declaration || declaration.getSourceFile() !== source) continue; // a re-export: counted where it is declared
    const name = ts.getNameOfDeclaration(declaration) ?? declaration;
    const users = new Set<string>();
    for (const ref of service.findReferences(source.fileName, name.getStart()) ?? []) {
      for (const entry of ref.references) {
        const user = relative(ROOT, entry.fileName);
        if (user !== file && !isReExport(lineAt(entry.fileName, entry.textSpan.start))) users.add(user);
      }
    }
    const elsewhere = [...users];
    if (elsewhere.some((u) => u.startsWith('src/'))) continue;
    report.push(elsewhere.length ? `TEST-ONLY ${file} ${symbol.name}  <- ${elsewhere.join(', ')}` : `UNUSED    ${file} ${symbol.name}`);
  }
}
console.log(report.sort().join('\n') || 'every export of src/ is used by src/');
