/**
 * A sheet's rows read straight from its XML, for the sheets most workbooks are: text (shared or
 * inline), numbers that are not dates, booleans, formulas' cached text. read-excel-file's
 * general parser took seconds on a 100,000-row sheet; this one is a single scan. Anything it does
 * not handle exactly as read-excel-file does (a date, an error cell, rich text, an escaped
 * character, a row out of order…) makes it answer null, and read-excel-file reads the sheet.
 */

import { strFromU8 } from 'fflate';
import type { Cell } from './sheet-rows';
import type { WorkbookParts } from './unpack';

/** Not plain: read-excel-file reads the sheet instead. */
class NotPlain extends Error {}

const REL_BASES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
];
// Built-in number formats that are not dates in any locale (read-excel-file's date ids are 14–22, 27–36, 45–47, 50–58…).
const NOT_DATE_FORMATS = new Set([0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49]);
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const UNKNOWN_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

// XML text as characters; an ST_Xstring escape (_xHHHH_) or an entity XML does not define is not plain.
function text(raw: string): string {
  if (raw.includes('_x')) throw new NotPlain();
  if (!raw.includes('&')) return raw;
  if (UNKNOWN_ENTITY.test(raw)) throw new NotPlain();
  return raw.replace(ENTITY, (_, named: string | undefined, dec: string | undefined, hex: string | undefined) =>
    named ? NAMED[named]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
  );
}

const ATTRS = new Map<string, RegExp>();

// An attribute's raw value in a tag's text (the regular expressions are made once per name).
function attr(tag: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`\\s${name}="([^"]*)"`)));
  return re.exec(tag)?.[1];
}

/** A cell's attributes that matter: reference, type and style ('' when absent). */
interface CellTag {
  r: string;
  t: string;
  s: string;
}

// A cell's attributes in one pass by search, not by expression: a sheet has a million cells.
// Anything but name="value" pairs split by spaces (single quotes, tabs, line breaks) is not plain.
function cellTag(tag: string, into: CellTag): CellTag {
  into.r = into.t = into.s = '';
  for (let i = 0; i < tag.length;) {
    if (tag.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    const eq = tag.indexOf('="', i);
    const end = eq < 0 ? -1 : tag.indexOf('"', eq + 2);
    if (end < 0 || tag.slice(i, eq).search(/[\s'"]/) >= 0) throw new NotPlain();
    const name = tag.slice(i, eq);
    if (name === 'r' || name === 't' || name === 's') into[name] = tag.slice(eq + 2, end);
    i = end + 1;
  }
  return into;
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
function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  for (const [, body] of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) {
    const t = body === undefined ? null : /^<t(?:\s[^>]*)?>([^<]*)<\/t>$|^<t(?:\s[^>]*)?\/>$/.exec(body);
    if (!t) throw new NotPlain();
    out.push(text(t[1] ?? ''));
  }
  return out;
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

// A cell reference (A1, XFD1048576) as row and column numbers; anything else is not plain.
function columnOf(ref: string): { row: number; column: number } {
  let column = 0;
  let i = 0;
  for (let ch = ref.charCodeAt(0); ch >= 65 && ch <= 90 && i < 3; ch = ref.charCodeAt(++i)) column = column * 26 + ch - 64;
  const row = Number(ref.slice(i));
  if (i === 0 || i === ref.length || !Number.isInteger(row) || ref.charCodeAt(i) === 43 /* + */) throw new NotPlain();
  return { row, column };
}

/** The rows of sheet `name` as read-excel-file would give them, or null when it is not plain. */
export function plainSheetRows(parts: WorkbookParts, name: string): Cell[][] | null {
  try {
    const rels = relations(parts);
    const shared = rels.shared && parts[rels.shared] ? strFromU8(parts[rels.shared]!) : undefined;
    const styles = rels.styles && parts[rels.styles] ? strFromU8(parts[rels.styles]!) : undefined;
    return sheetRows(strFromU8(parts[sheetPath(parts, name)]!), sharedStrings(shared), plainStyles(styles));
  } catch (e) {
    if (e instanceof NotPlain) return null;
    throw e;
  }
}

const VALUE = /^(?:<f\b[^>]*\/>|<f\b[^>]*>[^<]*<\/f>)?(?:<v>([^<]*)<\/v>|<v\/>)?$/;

// The text of a cell's <v> (after a formula, if one), '' when it has none.
function valueText(body: string): string {
  // Most cells are <v>…</v> alone: no expression needed.
  if (body.startsWith('<v>') && body.endsWith('</v>') && body.indexOf('<', 3) === body.length - 4) return body.slice(3, -4);
  const v = VALUE.exec(body);
  if (!v) throw new NotPlain();
  return v[1] ?? '';
}

const PLAIN_TYPES = new Set(['n', 's', 'str', 'inlineStr', 'b']);

type Tables = { strings: string[]; styles: boolean[] };

// One cell's value as read-excel-file parses it (strings trimmed, empty as null); NotPlain otherwise.
function cellValue(tag: CellTag, body: string, t: Tables): Cell {
  const type = tag.t || 'n';
  if (!PLAIN_TYPES.has(type)) throw new NotPlain();
  if (type === 'inlineStr') {
    if (body === '') return null;
    const m = /^<is><t(?:\s[^>]*)?>([^<]*)<\/t><\/is>$/.exec(body);
    if (!m) throw new NotPlain();
    return text(m[1]!).trim() || null;
  }
  const raw = valueText(body);
  if (raw === '') return null; // no or empty value: read-excel-file's empty cell (or its repair of a missing one)
  if (type === 's') {
    const s = t.strings[Number(raw)];
    if (s === undefined) throw new NotPlain();
    return s.trim() || null;
  }
  if (type === 'str') return text(raw).trim() || null;
  if (type === 'b') {
    if (raw !== '1' && raw !== '0') throw new NotPlain();
    return raw === '1';
  }
  if (tag.s !== '' && t.styles[Number(tag.s)] !== true) throw new NotPlain();
  const n = Number(raw);
  if (Number.isNaN(n)) throw new NotPlain();
  return n;
}

const ROW = /<row\b([^>]*?)(\/?)>|<\/sheetData>|<sheetData\/>/g;

// The rows of a sheet's <sheetData>, gaps as empty rows, trailing empty rows and columns dropped, rows padded.
function sheetRows(xml: string, strings: string[], styles: boolean[]): Cell[][] {
  const tables = { strings, styles };
  const start = xml.indexOf('<sheetData');
  if (start < 0) throw new NotPlain();
  const rows: Cell[][] = [];
  const width = { columns: 0 };
  let height = 0;
  ROW.lastIndex = start + '<sheetData'.length;
  for (let m = ROW.exec(xml); m && m[0].startsWith('<row'); m = ROW.exec(xml)) {
    const number = Number(cellTag(m[1]!, { r: '', t: '', s: '' }).r || NaN);
    if (!Number.isInteger(number) || number <= rows.length) throw new NotPlain();
    while (number > rows.length + 1) rows.push([]);
    const row: Cell[] = [];
    if (m[2] !== '/') ROW.lastIndex = rowCells(xml, ROW.lastIndex, number, row, tables, width);
    rows.push(row);
    if (row.length > 0) height = number;
  }
  const kept = rows.slice(0, height);
  for (const row of kept) while (row.length < width.columns) row.push(null);
  return kept;
}

const isSpace = (ch: number) => ch === 32 || ch === 9 || ch === 10 || ch === 13;

// The cells of one row from `pos` into `row`; where its </row> ends.
function rowCells(xml: string, pos: number, number: number, row: Cell[], tables: Tables, width: { columns: number }): number {
  const tag: CellTag = { r: '', t: '', s: '' };
  let last = 0;
  for (;;) {
    while (isSpace(xml.charCodeAt(pos))) pos++;
    if (xml.startsWith('</row>', pos)) return pos + '</row>'.length;
    const after = xml.charCodeAt(pos + 2);
    if (!xml.startsWith('<c', pos) || !(after === 32 || after === 47 || after === 62)) throw new NotPlain();
    const close = xml.indexOf('>', pos);
    if (close < 0) throw new NotPlain();
    const empty = xml.charCodeAt(close - 1) === 47;
    cellTag(xml.slice(pos + 2, empty ? close - 1 : close), tag);
    let body = '';
    if (empty) pos = close + 1;
    else {
      const end = xml.indexOf('</c>', close);
      if (end < 0) throw new NotPlain();
      body = xml.slice(close + 1, end);
      pos = end + '</c>'.length;
    }
    const where = tag.r === '' ? null : columnOf(tag.r);
    if (!where || where.row !== number || where.column <= last) throw new NotPlain();
    last = where.column;
    const value = cellValue(tag, body, tables);
    if (value === null) continue;
    while (row.length < where.column - 1) row.push(null);
    row.push(value);
    width.columns = Math.max(width.columns, where.column);
  }
}
