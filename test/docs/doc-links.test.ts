import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';

/*
 * The rules and formats are documented in docs/, and code cites them by heading
 * (`docs/rules.md#scale-out-rule`). These checks keep the citations true: every cited heading
 * exists, every link between the documents lands on a heading, and nothing cites the
 * specification files that live outside the repository.
 */

const CODE_DIRS = ['src', 'test', 'e2e', 'bench', 'tools', 'build'];
const SELF = relative(ROOT, new URL(import.meta.url).pathname);

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
  });
}

const codeFiles = CODE_DIRS.flatMap((d) => files(join(ROOT, d), /\.(ts|tsx|mjs|js)$/)).filter((f) => relative(ROOT, f) !== SELF);
const docFiles = [join(ROOT, 'README.md'), ...files(join(ROOT, 'docs'), /\.md$/)];

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  const text = heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/** Every anchor of a markdown file: its headings' slugs (numbered when repeated) and explicit ids. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) continue;
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const base = slug(h[1]!);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]!);
  }
  return anchors;
}

const anchorCache = new Map<string, Set<string> | null>();
function anchorsAt(path: string): Set<string> | null {
  if (!anchorCache.has(path)) {
    let anchors: Set<string> | null;
    try {
      anchors = anchorsOf(readFileSync(path, 'utf8'));
    } catch {
      anchors = null;
    }
    anchorCache.set(path, anchors);
  }
  return anchorCache.get(path)!;
}

/** `file#anchor` problems: the file missing, or no such heading in it. */
function problem(target: string, anchor: string): string | null {
  const anchors = anchorsAt(target);
  if (anchors === null) return `${relative(ROOT, target)} does not exist`;
  return anchors.has(anchor) ? null : `${relative(ROOT, target)} has no heading #${anchor}`;
}

describe('citations of docs/', () => {
  it('finds the documents and their headings', () => {
    expect(slug('Scale-out rule')).toBe('scale-out-rule');
    expect(slug('Assumptions (where the sources are silent)')).toBe('assumptions-where-the-sources-are-silent');
    expect(slug('Health: the alert table')).toBe('health-the-alert-table');
    expect(slug('`asr-modernized` appliances')).toBe('asr-modernized-appliances');
    expect(anchorsOf('# A\n## B c\n## B c\n```\n# not a heading\n```\n<a id="x"></a>')).toEqual(new Set(['a', 'b-c', 'b-c-1', 'x']));
    expect(anchorsAt(join(ROOT, 'docs/rules.md'))).toContain('scale-out-rule');
    expect(anchorsAt(join(ROOT, 'docs/inputs.md'))).toContain('numbers');
  });

  it('every docs/<file>.md#<heading> cited in code exists', () => {
    const cited: string[] = [];
    const broken: string[] = [];
    for (const f of codeFiles) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bdocs\/([\w-]+\.md)#([\w-]+)/g)) {
        cited.push(m[0]);
        const p = problem(join(ROOT, 'docs', m[1]!), m[2]!);
        if (p) broken.push(`${relative(ROOT, f)} cites ${m[0]}: ${p}`);
      }
    }
    expect(broken).toEqual([]);
    expect(cited.length).toBeGreaterThan(10);
  });

  it('every link from the README and docs/ to a heading of a document lands on one', () => {
    const broken: string[] = [];
    for (const f of docFiles) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\]\(([^)\s#]*\.md)?#([^)\s]+)\)/g)) {
        const target = m[1] ? resolve(dirname(f), m[1]) : f;
        const p = problem(target, decodeURIComponent(m[2]!));
        if (p) broken.push(`${relative(ROOT, f)} links ${m[0].slice(1)}: ${p}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('nothing cites the specification files outside the repository', () => {
    const outside = /\.\.\/shared\/|\/work\/shared|\b(SIZING|INPUTS)(\.md\b|\s*§)/;
    const offenders = [...codeFiles, ...docFiles].flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (outside.test(line) ? [`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
