import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { koreanFontWarning } from '../../tools/korean-font';

// A PATH holding only a fake fc-list that prints `output` (or no fc-list at all).
function pathWith(output: string | null): NodeJS.ProcessEnv {
  const bin = mkdtempSync(join(tmpdir(), 'asr-fc-'));
  if (output !== null) {
    writeFileSync(join(bin, 'fc-list'), `#!/bin/sh\nprintf '%s' '${output}'\n`);
    chmodSync(join(bin, 'fc-list'), 0o755);
  }
  return { PATH: bin };
}

describe('npm run screenshots warns when no Korean font is installed', () => {
  it('warns when fc-list :lang=ko prints nothing', () => {
    expect(koreanFontWarning(pathWith(''))).toMatch(/^warning: no Korean font \(fc-list :lang=ko printed nothing\).*fonts-noto-cjk/);
  });

  it('warns when fc-list itself is missing (a fresh machine without fontconfig)', () => {
    expect(koreanFontWarning(pathWith(null))).toMatch(/^warning: fc-list \(fontconfig\) is missing.*fontconfig fonts-noto-cjk/);
  });

  it('is quiet when a Korean font is there', () => {
    expect(
      koreanFontWarning(pathWith('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc: Noto Sans CJK KR:style=Regular\n')),
    ).toBeNull();
  });
});
