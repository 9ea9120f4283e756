import { describe, expect, it } from 'vitest';
import { textTable } from '../../src/cli/text-table';

describe('terminal tables', () => {
  it('counts Hangul and CJK as two columns when it pads', () => {
    const out = textTable(
      [
        ['abc', 'x'],
        ['서울', 'x'],
        ['PS01 서버', 'x'],
      ],
      new Set(),
    );
    // abc is 3 columns, 서울 4 and PS01 서버 9: every row pads its first cell to 9.
    expect(out.split('\n')).toEqual(['abc        x', '서울       x', 'PS01 서버  x']);
  });

  it('aligns columns with Korean names the way a terminal shows them', () => {
    const out = textTable(
      [
        ['site', 'n'],
        ['서울', '12'],
        ['Busan', '3'],
      ],
      new Set([1]),
    );
    expect(out.split('\n')).toEqual(['site    n', '서울   12', 'Busan   3']);
  });
});
