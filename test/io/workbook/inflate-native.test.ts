import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nativeParts } from '../../../src/io/workbook/inflate-native';
import { openWorkbook, unpackWorkbook } from '../../../src/io/workbook/unpack';
import { MAX_UNPACKED_BYTES } from '../../../src/io/limits';
import { handWorkbook, zipBomb } from '../../support/xlsx-by-hand';

// The platform's inflate (Node has DecompressionStream too) must give exactly fflate's parts, or step aside.
const isXml = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');
const files = [
  'public/samples/rvtools-vinfo-40.xlsx',
  'public/samples/DeploymentPlannerReport_sample.xlsm',
  'test/fixtures/bad/inventory.xlsx',
];

describe('native inflate', () => {
  it('gives the samples’ and fixtures’ parts exactly as fflate does', async () => {
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      const native = await nativeParts(bytes, isXml, MAX_UNPACKED_BYTES);
      expect(native, file).not.toBeNull();
      const unzipped = unpackWorkbook(bytes);
      expect(native, file).toEqual(unzipped.ok ? unzipped.value : null);
      expect(await openWorkbook(bytes), file).toEqual(unpackWorkbook(bytes));
    }
  });

  it('steps aside for a part whose size is not the one stated, a damaged zip and a zip over the limit', async () => {
    const book = handWorkbook([
      {
        name: 'S',
        rows: [
          ['name', 'dailyChurnGB'],
          ['a', 1],
        ],
      },
    ]);
    expect(await nativeParts(book, isXml, MAX_UNPACKED_BYTES)).not.toBeNull();
    const cases: [Uint8Array, number][] = [
      [zipBomb(40), MAX_UNPACKED_BYTES],
      [zipBomb(100_000), MAX_UNPACKED_BYTES],
      [zipBomb(5000), 4000],
      [book.subarray(0, 200), MAX_UNPACKED_BYTES],
      [book.subarray(0, book.length - 30), MAX_UNPACKED_BYTES],
    ];
    for (const [bytes, limit] of cases) {
      expect(await nativeParts(bytes, isXml, limit)).toBeNull();
      // Then fflate unpacks it, so the answer is the one it always was.
      expect(await openWorkbook(bytes, limit)).toEqual(unpackWorkbook(bytes, limit));
    }
    expect(await openWorkbook(zipBomb(5000), 4000)).toMatchObject({ ok: false, issues: [{ code: 'workbook-too-large' }] });
  });
});
