import { readFileSync } from 'node:fs';
import { strFromU8, strToU8 } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { plainSheetRows } from '../../../src/io/workbook/plain-sheet';
import { sheetNames } from '../../../src/io/workbook/sheet-names';
import { storedZip, unpackWorkbook, type WorkbookParts } from '../../../src/io/workbook/unpack';
import { handWorkbook } from '../../support/xlsx-by-hand';

// The plain-sheet reader must give exactly what read-excel-file gives, or step aside (null).
const partsOf = (bytes: Uint8Array): WorkbookParts => {
  const p = unpackWorkbook(bytes);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.value;
};
const library = async (parts: WorkbookParts, name: string) => readSheet(storedZip(parts), name);

// A workbook whose first sheet's <sheetData> is `data` (and, if given, with these shared strings and styles).
function withSheetData(data: string, extra: { shared?: string[]; styles?: string } = {}): WorkbookParts {
  const parts = partsOf(handWorkbook([{ name: 'S', rows: [['x']] }]));
  const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
  parts['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${data}</sheetData>`));
  if (extra.shared)
    parts['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.shared.join('')}</sst>`,
    );
  if (extra.styles) {
    parts['xl/styles.xml'] = strToU8(
      `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.styles}</styleSheet>`,
    );
    const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']!);
    parts['xl/_rels/workbook.xml.rels'] = strToU8(
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
      ),
    );
  }
  return parts;
}

describe('plainSheetRows', () => {
  it('reads every sheet of the samples and the fixtures as read-excel-file does', async () => {
    const files = [
      'public/samples/rvtools-vinfo-40.xlsx',
      'public/samples/DeploymentPlannerReport_sample.xlsm',
      'test/fixtures/bad/inventory.xlsx',
    ];
    let plain = 0;
    for (const file of files) {
      const parts = partsOf(new Uint8Array(readFileSync(file)));
      for (const name of sheetNames(parts['xl/workbook.xml']!)) {
        const rows = plainSheetRows(parts, name);
        if (rows === null) continue;
        plain++;
        expect(rows, `${file} / ${name}`).toEqual(await library(parts, name));
      }
    }
    expect(plain).toBeGreaterThanOrEqual(6);
  });

  it('keeps gaps, drops trailing empty rows and columns, trims text and pads rows as read-excel-file does', async () => {
    const parts = withSheetData(
      '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="D2"><v>1.5</v></c><c r="E2" t="s"><v>1</v></c></row>' +
        '<row r="3" spans="1:5">\n  <c r="A3" t="b"><v>1</v></c>\n  <c r="C3" t="str"><f>A1&amp;B1</f><v> a &amp; b </v></c>\n</row>' +
        '<row r="5"><c r="A5" t="inlineStr"><is><t>inline &#233;</t></is></c><c r="B5"/><c r="C5" t="s"><v></v></c></row>' +
        '<row r="7"><c r="F7" t="s"><v>1</v></c></row>',
      { shared: ['<si><t xml:space="preserve">  vm-1 </t></si>', '<si><t>   </t></si>'] },
    );
    const rows = plainSheetRows(parts, 'S');
    expect(rows).toEqual([
      [null, null, null, null],
      [null, 'vm-1', null, 1.5],
      [true, null, 'a & b', null],
      [null, null, null, null],
      ['inline é', null, null, null],
    ]);
    expect(rows).toEqual(await library(parts, 'S'));
  });

  it('decodes text, numbers and formulas from the bytes as read-excel-file does', async () => {
    const sheets = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> 서버 é </t></is></c><c r="B1" t="str"><f>X</f><v>Ünï &lt;1&gt;</v></c></row>' +
        '<row r="2" spans="1:4" x14ac:dyDescent="0.25">\r\n\t<c r="A2"><v>-1.5E-3</v></c>\n<c r="B2"><v>12345678901234567</v></c><c r="C2"><v>007</v></c><c r="D2"><v>0.1</v></c></row>' +
        '<row r="3"><c r="A3"><f t="shared" ref="A3:A4" si="0"/><v>42</v></c><c r="B3" t="s"><f>A1</f><v>0</v></c><c r="C3" t="b"><v/></c><c r="D3" t="str"><f>Y</f><v></v></c></row>' +
        '<row r="4"><c r="AA4" t="n"><v>3</v></c></row>',
      '',
    ];
    for (const data of sheets) {
      const parts = withSheetData(data, { shared: ['<si><t>x</t></si>'] });
      const rows = plainSheetRows(parts, 'S');
      expect(rows, data).not.toBeNull();
      expect(rows, data).toEqual(await library(parts, 'S'));
    }
    expect(plainSheetRows(withSheetData('', {}), 'S')).toEqual([]);
  });

  it('reads the shared strings’ plain forms as read-excel-file does, and steps aside for others', async () => {
    const shared = [
      '<si><t/></si>',
      '<si><t xml:space="preserve"/></si>',
      '<si><t xml:space="preserve"> a &amp; b </t></si>',
      '<si><t>c</t></si>',
    ];
    const data =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>';
    const parts = withSheetData(data, { shared });
    expect(plainSheetRows(parts, 'S')).toEqual([[null, null, 'a & b', 'c']]);
    expect(plainSheetRows(parts, 'S')).toEqual(await library(parts, 'S'));
    for (const odd of [
      '<si/>',
      '<si><t/x>a</t></si>',
      '<si><t>a</t><t>b</t></si>',
      '<si><t>a</t>',
      '<si x="1"><t>a</t></si>',
      '<si><tt>a</tt></si>',
    ])
      expect(plainSheetRows(withSheetData(data, { shared: [odd, ...shared.slice(1)] }), 'S'), odd).toBeNull();
  });

  it('reads numbers under a style that is not a date, and steps aside for one that may be', async () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
      '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>';
    const plain = withSheetData('<row r="1"><c r="A1" s="0"><v>42</v></c></row>', { styles });
    expect(plainSheetRows(plain, 'S')).toEqual([[42]]);
    expect(plainSheetRows(plain, 'S')).toEqual(await library(plain, 'S'));
    for (const s of ['1', '2', '9'])
      expect(plainSheetRows(withSheetData(`<row r="1"><c r="A1" s="${s}"><v>42</v></c></row>`, { styles }), 'S'), `style ${s}`).toBeNull();
  });

  it('steps aside for what it does not read exactly: rich text, escapes, errors, dates, rows out of order', () => {
    const plain = ['<si><t>ok</t></si>'];
    const cases: [string, string[]][] = [
      ['<row r="1"><c r="A1" t="s"><v>0</v></c></row>', ['<si><r><t>a</t></r><r><t>b</t></r></si>']],
      ['<row r="1"><c r="A1" t="s"><v>0</v></c></row>', ['<si><t>x_x0041_</t></si>']],
      ['<row r="1"><c r="A1" t="s"><v>0</v></c></row>', ['<si><t>R&amp;D &nbsp;</t></si>']],
      ['<row r="1"><c r="A1" t="e"><v>#N/A</v></c></row>', plain],
      ['<row r="1"><c r="A1" t="d"><v>2021-06-10</v></c></row>', plain],
      ['<row r="1"><c r="A1" t="s"><v>7</v></c></row>', plain],
      ['<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>', plain],
      ['<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>1</v></c></row>', plain],
      ["<row r='1'><c r='A1'><v>1</v></c></row>", plain],
      ['<row><c r="A1"><v>1</v></c></row>', plain],
      ['<row r="1"><c r="A1"><v>abc</v></c></row>', plain],
      ['<row r="1"><c r="A1"><v>1</v><extLst/></c></row>', plain],
    ];
    // The same sheet with plain cells is read: what steps aside is the construct, not the workbook.
    expect(plainSheetRows(withSheetData('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { shared: plain }), 'S')).toEqual([['ok']]);
    for (const [data, shared] of cases) expect(plainSheetRows(withSheetData(data, { shared }), 'S'), `${data} ${shared[0]}`).toBeNull();
  });

  it('answers null for a sheet the workbook does not have', () => {
    expect(plainSheetRows(partsOf(handWorkbook([{ name: 'A', rows: [[1]] }])), 'B')).toBeNull();
  });
});
