import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

describe('no HTML or code built from strings', () => {
  it('src/ never uses innerHTML, outerHTML, insertAdjacentHTML, document.write, eval or new Function', () => {
    const offenders = files(join(ROOT, 'src')).filter((f) =>
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new\s+Function\s*\(|innerHTML=/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('components carry no static inline styles (the CSP allows no inline style attributes)', () => {
    const offenders = files(join(ROOT, 'src/ui')).filter((f) => /style=\{\{[^}$`]*\}\}/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
