import { describe, expect, it } from 'vitest';
import { displayWidth, textTable } from '../../src/cli/text-table';

describe('terminal tables', () => {
  it('counts Hangul and CJK as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('서울')).toBe(4);
    expect(displayWidth('PS01 서버')).toBe(9);
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
    const lines = out.split('\n');
    expect(lines.map(displayWidth)).toEqual([lines[0]!.length, displayWidth(lines[1]!), displayWidth(lines[2]!)]);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
    expect(lines[1]).toBe('서울   12');
  });
});
