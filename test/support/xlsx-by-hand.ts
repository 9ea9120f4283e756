import { strToU8, zipSync } from 'fflate';

/*
 * Workbooks written by hand, part by part, with no spreadsheet library: the reader's fixtures must
 * not come from the same code as the samples (tools/make-samples.ts uses write-excel-file). Text
 * cells are shared strings, as Excel and RVTools write them; booleans are t="b" cells.
 */

/** A cell: text, a number, a boolean, or empty. */
export type HandCell = string | number | boolean | null;
/** A sheet: its name and rows from row 1 (an empty array is an empty row). */
export interface HandSheet {
  name: string;
  rows: HandCell[][];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function column(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function sheetXml(rows: HandCell[][], strings: Map<string, number>): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = `${column(c)}${r + 1}`;
          if (v === null || v === '') return '';
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
          if (!strings.has(v)) strings.set(v, strings.size);
          return `<c r="${ref}" t="s"><v>${strings.get(v)}</v></c>`;
        })
        .join('');
      return cells === '' ? '' : `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** The bytes of an `.xlsx` (or `.xlsm`: the same zip) with these sheets. */
export function handWorkbook(sheets: HandSheet[]): Uint8Array {
  const strings = new Map<string, number>();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows, strings))));
  const shared = [...strings.keys()].map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">${shared}</sst>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join(
        '',
      )}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  return zipSync(files, { level: 6 });
}

/**
 * A zip bomb as such files are built: a workbook whose sheet part says it unpacks to `bytes`
 * (the sizes in its local header and central directory), far more than its few compressed bytes.
 */
export function zipBomb(bytes: number): Uint8Array {
  const zip = handWorkbook([
    {
      name: 'Sheet1',
      rows: [
        ['name', 'dailyChurnGB'],
        ['a', 1],
      ],
    },
  ]);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const name = 'xl/worksheets/sheet1.xml';
  for (let i = 0; i + 46 < zip.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && nameAt(zip, i + 30, view.getUint16(i + 26, true)) === name) view.setUint32(i + 22, bytes, true);
    if (sig === 0x02014b50 && nameAt(zip, i + 46, view.getUint16(i + 28, true)) === name) view.setUint32(i + 24, bytes, true);
  }
  return zip;
}

const nameAt = (zip: Uint8Array, at: number, length: number) => new TextDecoder().decode(zip.subarray(at, at + length));

/** An OLE2 compound file header, as `.xls` and encrypted Office files start; `encrypted` adds the EncryptionInfo stream name. */
export function ole2File(encrypted: boolean): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = encrypted ? 'EncryptionInfo' : 'Workbook';
  [...name].forEach((c, i) => bytes.set([c.charCodeAt(0), 0], 1024 + i * 2));
  return bytes;
}
