import { describe, expect, it, vi } from 'vitest';
import { decodeInventoryFile } from '../../src/io/inventory-file';
import {
  checkFileSize,
  checkTextSize,
  clipValue,
  grouped,
  MAX_DATA_ROWS,
  MAX_FILE_BYTES,
  MAX_MACHINE_NAME_CHARS,
  quotedList,
  READ_LIMITS,
} from '../../src/io/limits';
import { said } from '../support/said';

describe('the published limits', () => {
  it('are 200 MB, 1,000,000 rows and 255-character names', () => {
    expect(MAX_FILE_BYTES).toBe(200 * 1024 * 1024);
    expect(MAX_DATA_ROWS).toBe(1_000_000);
    expect(MAX_MACHINE_NAME_CHARS).toBe(255);
    expect(READ_LIMITS).toEqual({ maxDataRows: MAX_DATA_ROWS, maxNameChars: MAX_MACHINE_NAME_CHARS });
  });
});

describe('checkFileSize', () => {
  it('accepts a file up to the limit, inclusive', () => {
    expect(checkFileSize(0)).toEqual({ ok: true, value: 0 });
    expect(checkFileSize(MAX_FILE_BYTES)).toEqual({ ok: true, value: MAX_FILE_BYTES });
  });

  it('refuses one byte more, stating its size, the limit and what to do', () => {
    const r = checkFileSize(MAX_FILE_BYTES + 1);
    expect(r.ok).toBe(false);
    const issue = !r.ok && r.issues[0];
    expect(issue).toMatchObject({
      code: 'file-too-large',
      params: { sizeMB: 200.1, limitMB: 200, sizeBytes: MAX_FILE_BYTES + 1, limitBytes: MAX_FILE_BYTES },
    });
    expect(issue && said(issue)).toBe(
      'The file is 200.1 MB (209,715,201 bytes), more than the 200 MB the planner reads, so it was not opened. ' +
        'Split the inventory by site (one file per site, each under 200 MB) and plan each file.',
    );
  });

  it('rounds sizes to one decimal place', () => {
    const r = checkFileSize(Math.round(1.5 * 1024 ** 3));
    expect(!r.ok && said(r.issues[0])).toMatch(/^The file is 1536 MB \(1,610,612,736 bytes\)/);
  });
});

describe('decodeInventoryFile (the worker side of the size check)', () => {
  it('never asks a file over the limit for its bytes', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const r = await decodeInventoryFile({ size: MAX_FILE_BYTES + 1, arrayBuffer });
    expect(!r.ok && r.issues[0]!.code).toBe('file-too-large');
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('reads and decodes a file within it', async () => {
    const r = await decodeInventoryFile(new Blob(['name,dailyChurnGB\nweb-01,1\n']));
    expect(r.ok && r.value.text).toBe('name,dailyChurnGB\nweb-01,1\n');
  });
});

describe('clipValue and grouped', () => {
  it('cuts long values to 80 characters ending in …', () => {
    expect(clipValue('x'.repeat(80))).toBe('x'.repeat(80));
    expect(clipValue('x'.repeat(10_000))).toBe(`${'x'.repeat(79)}…`);
    expect(clipValue('abcdef', 4)).toBe('abc…');
  });

  it('groups digits the same in every locale', () => {
    expect([0, 999, 1000, 1_000_002, 209_715_201].map(grouped)).toEqual(['0', '999', '1,000', '1,000,002', '209,715,201']);
  });
});

describe('text that arrives without a file, and header lists', () => {
  it('refuses pasted text over the limit by its length, as a file over it is', () => {
    expect(checkTextSize('abc', 3)).toEqual({ ok: true, value: 'abc' });
    const r = checkTextSize('abcd', 3);
    expect(!r.ok && r.issues[0]!.code).toBe('file-too-large');
  });

  it('lists at most 20 header names, each cut short', () => {
    expect(quotedList([])).toBe('(none)');
    expect(quotedList(['a', 'x'.repeat(100)])).toBe(`'a', '${'x'.repeat(79)}…'`);
    const many = quotedList(Array.from({ length: 200_000 }, (_, i) => `c${i}`));
    expect(many.endsWith("'c19', … and 199,980 more")).toBe(true);
    expect(many.length).toBeLessThan(250);
  });
});
