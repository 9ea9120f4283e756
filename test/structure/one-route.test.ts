import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * One route for every sentence (issue 12): the command line and the page format from codes and
 * figures, never by reading the English a document holds (`includes(' is critical on ')`,
 * `split('; no existing server')` once did), and the pure core never reaches for the catalogue.
 */

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

// A string method called with a literal of two or more words: matching on prose.
const PROSE_MATCH = /\.(includes|split|startsWith|endsWith|indexOf|lastIndexOf|match|replace)\((['"`])[^'"`\n]*\w [^'"`\n]*\w[^'"`\n]*\2/;

describe('one route for every sentence', () => {
  it.each(['src/cli', 'src/ui', 'src/workers'])('nothing in %s matches on prose', (dir) => {
    const hits = files(resolve(dir)).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (PROSE_MATCH.test(line) ? [`${relative('.', f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('the pattern catches the prose matching the CLI once did', () => {
    expect(PROSE_MATCH.test("s.shedReasons.some((r) => r.includes(' is critical on '))")).toBe(true);
    expect(PROSE_MATCH.test("list[0]!.reason.split('; no existing server')[0]")).toBe(true);
    expect(PROSE_MATCH.test("text.split('\\n')")).toBe(false);
  });

  // Issues are made from a code and figures (`Issue` has no sentence; i18n's readIssue, appIssue,
  // runningIssue): no producer writes one. Only the published documents hold English, rendered by the catalogue.
  it.each([
    'src/core',
    'src/io/inventory',
    'src/io/workbook',
    'src/io/servers',
    'src/io/share',
    'src/io/browser',
    'src/io/limits.ts',
    'src/io/plan-inventory.ts',
    'src/io/running-deployment.ts',
    'src/cli/read-file.ts',
    'src/cli/load-inventory.ts',
    'src/cli/load-servers.ts',
    'src/cli/cli-failure.ts',
    'src/ui/state',
  ])('%s writes no issue message of its own', (path) => {
    const all = statSync(resolve(path)).isDirectory() ? files(resolve(path)) : [resolve(path)];
    const hits = all.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\bmessage:/.test(line) ? [`${relative('.', f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('core does not import i18n (the domain returns codes; presentation renders them)', () => {
    const hits = files(resolve('src/core')).filter((f) => /from '[./]*\/i18n\//.test(readFileSync(f, 'utf8')));
    expect(hits.map((f) => relative('.', f))).toEqual([]);
  });
});
