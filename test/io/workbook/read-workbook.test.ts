import { describe, expect, it } from 'vitest';
import { readInventory } from '../../../src/io/inventory';
import { inventorySource, workbookReadOptions } from '../../../src/io/inventory-source';
import { readWorkbook } from '../../../src/io/workbook/read-workbook';
import { cellText, rowsAsText } from '../../../src/io/workbook/sheet-rows';
import { unpackWorkbook } from '../../../src/io/workbook/unpack';
import { handWorkbook, ole2File, zipBomb } from '../../support/xlsx-by-hand';
import { said } from '../../support/said';

// Workbooks (docs/inputs.md#workbooks), read in process so every branch is seen.
const planner = handWorkbook([
  { name: 'On-premises summary', rows: [['Observed typical data churn per day (GB)'], [640]] },
  {
    name: 'Compatible VMs',
    rows: [
      ['VM Name', 'Peak Data Churn (Mbps) (with Growth Factor)', 'OS Type'],
      ['a', 1, 'Linux'],
      [null, 1],
      ['b', 3, 'Windows'],
    ],
  },
  { name: 'Incompatible VMs', rows: [['Notes'], ['VM Name', 'Reason'], ['x', 'disk'], ['x.vmdk', ''], ['y', 'churn']] },
]);

describe('readWorkbook', () => {
  it('picks Compatible VMs, finds the estate churn under its label and counts the incompatible machines', async () => {
    const r = await readWorkbook(planner);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.context).toEqual({
      sheet: 'Compatible VMs',
      sheets: ['On-premises summary', 'Compatible VMs', 'Incompatible VMs'],
      estateChurnGBPerDay: 640,
      incompatibleMachines: 2,
    });
    const read = readInventory(r.value.text, workbookReadOptions(r.value.context));
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    // 640 GB/day shared 1 : 3 by peak; the disk row under 'a' is skipped.
    expect(read.value.machines.map((m) => [m.name, m.dailyChurnGB, m.churnSource])).toEqual([
      ['a', 160, 'apportioned'],
      ['b', 480, 'apportioned'],
    ]);
    expect(read.value.skipped).toEqual([{ line: 3, reason: 'disk-row' }]);
    expect(read.value.notices.map((n) => n.code)).toEqual(['workbook-sheet', 'churn-apportioned', 'planner-growth', 'incompatible-vms']);
  });

  it('reads the sheet asked for, and names the sheets when there is none of that name', async () => {
    const asked = await readWorkbook(planner, 'Incompatible VMs');
    expect(asked.ok && asked.value.context.sheet).toBe('Incompatible VMs');
    const missing = await readWorkbook(planner, 'vInfo');
    expect(!missing.ok && missing.issues[0]).toMatchObject({ code: 'workbook-sheet-not-found' });
    expect(!missing.ok && said(missing.issues[0])).toMatch(
      /no sheet named 'vInfo'\. Sheets: 'On-premises summary', 'Compatible VMs', 'Incompatible VMs'/,
    );
  });

  it('takes the first sheet whose header names a machine when no sheet is named for a tool', async () => {
    const book = handWorkbook([
      { name: 'Cover', rows: [['Inventory for the review']] },
      { name: 'Servers', rows: [['Report'], ['Server name', 'Daily churn (GB)'], ['s1', 5]] },
    ]);
    const r = await inventorySource(book);
    expect(r.ok && r.value.workbook?.sheet).toBe('Servers');
  });

  it('refuses an .xls, an encrypted workbook, a damaged zip and a zip bomb, each with its code', async () => {
    expect(await codeOf(ole2File(false))).toBe('workbook-xls');
    expect(await codeOf(ole2File(true))).toBe('workbook-encrypted');
    expect(await codeOf(planner.subarray(0, 200))).toBe('workbook-corrupt');
    expect(await codeOf(zipBomb(2 * 1024 ** 3))).toBe('workbook-too-large');
  });

  it('refuses the bomb from the sizes the zip states, before inflating anything', () => {
    const r = unpackWorkbook(zipBomb(5000), 4000);
    expect(!r.ok && r.issues[0]!.code).toBe('workbook-too-large');
  });

  it('leaves CSV bytes to the CSV decoder', async () => {
    const r = await inventorySource(new TextEncoder().encode('name,dailyChurnGB\na,1\n'));
    expect(r.ok && r.value.workbook).toBeUndefined();
  });
});

describe('sheet rows as the reader’s text', () => {
  it('writes numbers plainly, booleans and dates as text, and one line per sheet row', () => {
    expect(cellText(1536.5)).toBe('1536.5');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2026, 0, 2)))).toBe('2026-01-02T00:00:00.000Z');
    expect(cellText(new Date(Number.NaN))).toBe('');
    expect(cellText(null)).toBe('');
    expect(
      rowsAsText([
        ['sep=;', null],
        [null, null],
        ['a, "b"', 'line\nbreak', null],
        [1, false, null],
      ]),
    ).toBe('\n\n"a, ""b""",line break,\n1,FALSE,\n');
  });
});

async function codeOf(bytes: Uint8Array): Promise<string | undefined> {
  const r = await inventorySource(bytes);
  return r.ok ? undefined : r.issues[0]?.code;
}
