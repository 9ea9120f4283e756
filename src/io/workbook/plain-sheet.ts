/**
 * A sheet's rows read straight from its XML, for the sheets most workbooks are: text (shared or
 * inline), numbers that are not dates, booleans, formulas' cached text. read-excel-file's
 * general parser took seconds on a 100,000-row sheet; this one is a single scan. Anything it does
 * not handle exactly as read-excel-file does (a date, an error cell, rich text, an escaped
 * character, a row out of order…) makes it answer null, and read-excel-file reads the sheet.
 */

import { strFromU8 } from 'fflate';
import type { Cell } from './sheet-rows';
import { NotPlain, xmlText as text } from './plain-xml';
import { scanSheetRows } from './sheet-scan';
import type { WorkbookParts } from './unpack';

const REL_BASES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
];
// Built-in number formats that are not dates in any locale (read-excel-file's date ids are 14–22, 27–36, 45–47, 50–58…).
const NOT_DATE_FORMATS = new Set([0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49]);

const ATTRS = new Map<string, RegExp>();

// An attribute's raw value in a tag's text (the regular expressions are made once per name).
function attr(tag: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`\\s${name}="([^"]*)"`)));
  return re.exec(tag)?.[1];
}

// The parts' paths by relationship: sheets by id, the shared strings and the styles.
function relations(parts: WorkbookParts): { sheets: Map<string, string>; shared?: string; styles?: string } {
  const rels = parts['xl/_rels/workbook.xml.rels'];
  if (!rels) throw new NotPlain();
  const out: { sheets: Map<string, string>; shared?: string; styles?: string } = { sheets: new Map() };
  for (const [tag] of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const target = attr(tag, 'Target');
    const type = attr(tag, 'Type') ?? '';
    const kind = REL_BASES.find((b) => type.startsWith(b)) ? type.slice(type.lastIndexOf('/') + 1) : '';
    if (target === undefined) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    if (kind === 'worksheet') out.sheets.set(attr(tag, 'Id') ?? '', path);
    else if (kind === 'sharedStrings') out.shared = path;
    else if (kind === 'styles') out.styles = path;
  }
  return out;
}

function sheetPath(parts: WorkbookParts, name: string): string {
  const book = strFromU8(parts['xl/workbook.xml']!);
  const rels = relations(parts);
  for (const [tag] of book.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    if (text(attr(tag, 'name') ?? '') !== name) continue;
    const id = /\s\w+:id="([^"]*)"/.exec(tag)?.[1];
    const path = id === undefined ? undefined : rels.sheets.get(id);
    if (path === undefined || !parts[path]) throw new NotPlain();
    return path;
  }
  throw new NotPlain();
}

// Shared strings with one plain <t> each (rich text and phonetic runs are left to read-excel-file).
// Found by search, not by expression: an RVTools table holds a hundred thousand machines' names.
function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  for (let at = xml.indexOf('<si'); at >= 0; at = xml.indexOf('<si', at)) {
    const end = xml.charCodeAt(at + 3) === 62 /* > */ ? xml.indexOf('</si>', at + 4) : -1;
    if (end < 0) throw new NotPlain();
    out.push(text(plainT(xml, at + 4, end)));
    at = end + '</si>'.length;
  }
  return out;
}

// The text of the one <t> that is all of xml[from, to): <t>…</t>, <t attributes>…</t>, <t/> or <t attributes/>.
function plainT(xml: string, from: number, to: number): string {
  if (!xml.startsWith('<t', from)) throw new NotPlain();
  const c = xml.charCodeAt(from + 2);
  if (c === 47 /* / */ && xml.startsWith('/>', from + 2) && to === from + 4) return '';
  if (!(c === 62 || c === 32 || c === 9 || c === 10 || c === 13)) throw new NotPlain();
  const gt = xml.indexOf('>', from);
  if (gt < 0 || gt >= to) throw new NotPlain();
  if (xml.charCodeAt(gt - 1) === 47 /* / */) {
    if (gt + 1 !== to) throw new NotPlain();
    return '';
  }
  const lt = xml.indexOf('<', gt + 1);
  if (lt !== to - '</t>'.length || !xml.startsWith('</t>', lt)) throw new NotPlain();
  return xml.slice(gt + 1, lt);
}

// Which cell styles are plain numbers (a style whose number format may be a date is not).
function plainStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map(([tag]) => {
    const id = attr(tag, 'numFmtId');
    return id !== undefined && NOT_DATE_FORMATS.has(Number(id));
  });
}

/** The rows of sheet `name` as read-excel-file would give them, or null when it is not plain. */
export function plainSheetRows(parts: WorkbookParts, name: string): Cell[][] | null {
  try {
    const rels = relations(parts);
    const shared = rels.shared && parts[rels.shared] ? strFromU8(parts[rels.shared]!) : undefined;
    const styles = rels.styles && parts[rels.styles] ? strFromU8(parts[rels.styles]!) : undefined;
    // The shared strings as the cells they make, once, not once per cell that uses them.
    const strings = sharedStrings(shared).map((s) => s.trim() || null);
    return scanSheetRows(parts[sheetPath(parts, name)]!, { strings, styles: plainStyles(styles) });
  } catch (e) {
    if (e instanceof NotPlain) return null;
    throw e;
  }
}
