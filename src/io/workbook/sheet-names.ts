/** The sheet names of a workbook, in order, from `xl/workbook.xml` (docs/inputs.md#workbooks). */

import { strFromU8 } from 'fflate';

const SHEET = /<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g;
const ENTITY = /&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(ENTITY, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return NAMED[e] ?? '';
  });
}

/** The names in the workbook part's `<sheets>`. */
export function sheetNames(workbookXml: Uint8Array): string[] {
  return [...strFromU8(workbookXml).matchAll(SHEET)].map((m) => unescapeXml(m[1] ?? ''));
}
