import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readInventory, readInventoryRecords, type ReadOptions, type ReadProgress } from '../../../src/io/inventory';
import { readInventorySource, workbookReadOptions } from '../../../src/io/inventory-source';
import { readWorkbook } from '../../../src/io/workbook/read-workbook';
import { sheetRecords, type Cell } from '../../../src/io/workbook/sheet-rows';
import { READ_LIMITS } from '../../../src/io/limits';
import { handWorkbook, type HandCell } from '../../support/xlsx-by-hand';

// A workbook's sheet is read from the cells it was written as text from: it must read exactly as
// that text does when split again (the page re-reads the text, with a column mapped by hand).
const papaRecords = (text: string) => Papa.parse<string[]>(text, { delimiter: ',', newline: '\n', quoteChar: '"' }).data;

const awkward: HandCell[][] = [
  ['sep=;', null, null],
  ['Estate', null, null],
  [null, null, null],
  ['VM', 'Daily churn (GB)', 'Annotation'],
  ['a, "b"', 1.5, 'line\nbreak'],
  ['"q', 2, 'x\r\ny'],
  ['c', true, null],
  [null, null, null],
  ['d', 'x', 'tail,'],
  ['Total', 3.5, null],
];

// Both reads, with what they reported as they went.
function bothReads(text: string, records: string[][], options: ReadOptions, limits = READ_LIMITS) {
  const seen: ReadProgress[][] = [[], []];
  const split = readInventory(text, { ...options, onProgress: (p) => seen[0]!.push(p) }, limits);
  const kept = readInventoryRecords(text, records, { ...options, onProgress: (p) => seen[1]!.push(p) }, limits);
  return { split, kept, seen };
}

describe('sheet records', () => {
  it('are the lines of the sheet’s text as papaparse splits them', () => {
    const { text, records } = sheetRecords(awkward);
    expect(records).toEqual(papaRecords(text).slice(0, awkward.length));
    expect(records[4]).toEqual(['a, "b"', '1.5', 'line break']);
  });

  it('read as the text does: machines, rejections, skipped rows, notices, progress and the key', () => {
    const { text, records } = sheetRecords(awkward);
    const options: ReadOptions[] = [{}, { delimiter: ',', decimalMark: '.' }, { mapping: { dailyChurnGB: 2 } }, { delimiter: ';' }];
    for (const opts of options) {
      const { split, kept, seen } = bothReads(text, records, opts);
      expect(kept, JSON.stringify(opts)).toEqual(split);
      expect(seen[1]).toEqual(seen[0]);
    }
    expect(bothReads(text, records, {}).kept.ok).toBe(true);
  });

  it('stop where the text stops: past the row limit, or without a header', () => {
    const many: Cell[][] = [['VM', 'Daily churn (GB)'], ...Array.from({ length: 30 }, (_, i) => [`vm-${i}`, i])];
    const { text, records } = sheetRecords(many);
    const { split, kept } = bothReads(text, records, {}, { ...READ_LIMITS, maxDataRows: 10 });
    expect(split.ok).toBe(false);
    expect(kept).toEqual(split);
    const none = sheetRecords(Array.from({ length: 25 }, (_, i) => [`note ${i}`, 'x']));
    const headless = bothReads(none.text, none.records, {});
    expect(headless.kept).toEqual(headless.split);
    const empty = sheetRecords([]);
    expect(bothReads(empty.text, empty.records, {}).kept).toEqual(bothReads(empty.text, empty.records, {}).split);
  });

  it('read every sheet of the samples and the fixtures as their text does', async () => {
    const files = [
      'public/samples/rvtools-vinfo-40.xlsx',
      'public/samples/DeploymentPlannerReport_sample.xlsm',
      'test/fixtures/bad/inventory.xlsx',
    ].map((f): Uint8Array => new Uint8Array(readFileSync(f)));
    files.push(handWorkbook([{ name: 'vInfo', rows: awkward }]));
    let compared = 0;
    for (const bytes of files) {
      const first = await readWorkbook(bytes);
      if (!first.ok) throw new Error(JSON.stringify(first.issues));
      for (const sheet of first.value.context.sheets) {
        const book = await readWorkbook(bytes, sheet);
        if (!book.ok) continue;
        const source = { ...book.value, notices: [], workbook: book.value.context };
        const options = workbookReadOptions(book.value.context);
        expect(readInventorySource(source, options), sheet).toEqual(readInventory(book.value.text, options));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(8);
  });
});
