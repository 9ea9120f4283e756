/**
 * A sheet's <sheetData> scanned as its UTF-8 bytes, for plain-sheet.ts. A 100,000-row sheet is
 * tens of megabytes of XML: decoding all of it to a string and slicing a string per cell was most
 * of a workbook's read. Here only what a cell holds is looked at (a shared string's index, a
 * number's digits, a boolean); text written in a cell (a formula's text, an inline string) is
 * decoded alone. The rules are plain-sheet.ts's: whatever is not read exactly as read-excel-file
 * reads it is NotPlain, and read-excel-file reads the sheet.
 */

import type { Cell } from './sheet-rows';
import { NotPlain, xmlText } from './plain-xml';

/** What cells are read against: the shared strings as cells (trimmed, empty as null), and which styles are plain numbers. */
export interface SheetTables {
  strings: readonly Cell[];
  styles: readonly boolean[];
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const SHEET_DATA = ascii('<sheetData');
const DATA_END = ascii('</sheetData>');
const ROW = ascii('<row');
const ROW_END = ascii('</row>');
const C_END = ascii('</c>');
const F_END = ascii('</f>');
const V = ascii('<v>');
const V_END = ascii('</v>');
const V_EMPTY = ascii('<v/>');
const IS_T = ascii('<is><t');
const T_END_IS_END = ascii('</t></is>');
const STR = ascii('str');
const INLINE_STR = ascii('inlineStr');
const [LT, GT, SLASH, QUOTE, EQ] = [60, 62, 47, 34, 61];
// Cell types (t="…") read here; any other (an error, a date) is not plain.
const [NUMBER, SHARED, TEXT, INLINE, BOOLEAN] = [0, 1, 2, 3, 4];

const isSpace = (c: number | undefined) => c === 32 || c === 9 || c === 10 || c === 13;
// What may follow an element's name: `<c r=…`, `<c/>`, `<c>` (not `<col`).
const endsName = (c: number | undefined) => c === 32 || c === 47 || c === 62;
// Attribute names are anything but white space, quotes and markup: what is not is not plain.
const inName = (c: number) => c > 32 && c !== 34 && c !== 39 && c !== 47 && c !== 60 && c !== 61 && c !== 62;

const utf8 = new TextDecoder();

/** The rows of the <sheetData> in `bytes`, gaps as empty rows, trailing empty rows and columns dropped, rows padded. */
export function scanSheetRows(bytes: Uint8Array, tables: SheetTables): Cell[][] {
  return new SheetScan(bytes, tables).rows();
}

class SheetScan {
  private pos = 0;
  private width = 0;
  // The value ranges [start, end) of the tag being read's r, t and s attributes; -1 when absent.
  private r0 = -1;
  private r1 = -1;
  private t0 = -1;
  private t1 = -1;
  private s0 = -1;
  private s1 = -1;

  constructor(
    private readonly b: Uint8Array,
    private readonly tables: SheetTables,
  ) {}

  rows(): Cell[][] {
    const b = this.b;
    const rows: Cell[][] = [];
    let height = 0;
    this.pos = this.find(SHEET_DATA) + SHEET_DATA.length;
    if (b[this.pos] === SLASH && b[this.pos + 1] === GT) return rows;
    if (b[this.pos++] !== GT) throw new NotPlain();
    for (;;) {
      this.skipSpace();
      if (this.at(DATA_END, this.pos)) break;
      if (!this.at(ROW, this.pos) || !endsName(b[this.pos + ROW.length])) throw new NotPlain();
      const empty = this.tag(this.pos + ROW.length);
      const number = this.digits(this.r0, this.r1);
      if (number <= rows.length) throw new NotPlain();
      while (number > rows.length + 1) rows.push([]);
      const row: Cell[] = [];
      if (!empty) this.cells(number, row);
      rows.push(row);
      if (row.length > 0) height = number;
    }
    rows.length = height;
    for (const row of rows) while (row.length < this.width) row.push(null);
    return rows;
  }

  // The cells of row `number` into `row`, up to and past its </row>.
  private cells(number: number, row: Cell[]): void {
    const b = this.b;
    let last = 0;
    for (;;) {
      this.skipSpace();
      const pos = this.pos;
      if (b[pos] !== LT || b[pos + 1] !== 99 /* c */ || !endsName(b[pos + 2])) {
        if (!this.at(ROW_END, pos)) throw new NotPlain();
        this.pos = pos + ROW_END.length;
        return;
      }
      const empty = this.tag(pos + 2);
      const column = this.column(number);
      if (column <= last) throw new NotPlain();
      last = column;
      const type = this.type();
      const value = type === INLINE ? this.inline(empty) : this.value(type, empty);
      if (value === null) continue;
      while (row.length < column - 1) row.push(null);
      row.push(value);
      if (column > this.width) this.width = column;
    }
  }

  /** Reads a tag's attributes from `from` (after its name) and moves past its `>`; true when it is empty (`/>`). */
  private tag(from: number): boolean {
    const b = this.b;
    this.r0 = this.t0 = this.s0 = -1;
    for (let i = from; ;) {
      let c = b[i];
      while (c === 32) c = b[++i];
      if (c === GT || (c === SLASH && b[i + 1] === GT)) {
        this.pos = c === GT ? i + 1 : i + 2;
        return c === SLASH;
      }
      const name = i;
      while (c !== undefined && inName(c)) c = b[++i];
      if (i === name || c !== EQ || b[i + 1] !== QUOTE) throw new NotPlain();
      // Searched by hand, not by indexOf: a value is a few bytes, shorter than a call.
      let end = i + 2;
      while (end < b.length && b[end] !== QUOTE) end++;
      if (end === b.length) throw new NotPlain();
      if (i - name === 1) this.keep(b[name]!, i + 2, end);
      i = end + 1;
    }
  }

  private keep(name: number, start: number, end: number): void {
    if (name === 114 /* r */) {
      this.r0 = start;
      this.r1 = end;
    } else if (name === 116 /* t */) {
      this.t0 = start;
      this.t1 = end;
    } else if (name === 115 /* s */) {
      this.s0 = start;
      this.s1 = end;
    }
  }

  // The column of the cell reference just read (A1, XFD1048576), which must be in row `number`.
  private column(number: number): number {
    const b = this.b;
    let column = 0;
    let i = this.r0;
    if (i < 0) throw new NotPlain();
    for (let c = b[i]!; c >= 65 && c <= 90 && i - this.r0 < 3 && i < this.r1; c = b[++i]!) column = column * 26 + c - 64;
    if (column === 0 || this.digits(i, this.r1) !== number) throw new NotPlain();
    return column;
  }

  private type(): number {
    const len = this.t0 < 0 ? 0 : this.t1 - this.t0;
    if (len === 0) return NUMBER;
    const c = this.b[this.t0];
    if (len === 1 && (c === 110 || c === 115 || c === 98)) return c === 110 ? NUMBER : c === 115 ? SHARED : BOOLEAN;
    if (len === STR.length && this.at(STR, this.t0)) return TEXT;
    if (len === INLINE_STR.length && this.at(INLINE_STR, this.t0)) return INLINE;
    throw new NotPlain();
  }

  // A value cell's body: an optional formula (<f…/> or <f…>text</f>), then <v>text</v>, <v/> or nothing.
  private value(type: number, empty: boolean): Cell {
    if (empty) return null;
    const b = this.b;
    let p = this.pos;
    if (b[p] === LT && b[p + 1] === 102 /* f */ && endsName(b[p + 2])) {
      const gt = b.indexOf(GT, p);
      if (gt < 0) throw new NotPlain();
      p = b[gt - 1] === SLASH ? gt + 1 : this.closed(b.indexOf(LT, gt), F_END);
    }
    let raw = -1;
    let rawEnd = -1;
    if (this.at(V, p)) {
      raw = p + V.length;
      for (rawEnd = raw; rawEnd < b.length && b[rawEnd] !== LT;) rawEnd++;
      p = this.closed(rawEnd, V_END);
    } else if (this.at(V_EMPTY, p)) p += V_EMPTY.length;
    this.pos = this.closed(p, C_END);
    // No or empty value: read-excel-file's empty cell (or its repair of a missing one).
    return raw === rawEnd ? null : this.typed(type, raw, rawEnd);
  }

  private typed(type: number, from: number, to: number): Cell {
    const b = this.b;
    if (type === SHARED) {
      const s = this.tables.strings[this.digits(from, to)];
      if (s === undefined) throw new NotPlain();
      return s;
    }
    if (type === TEXT) return xmlText(utf8.decode(b.subarray(from, to))).trim() || null;
    if (type === BOOLEAN) {
      if (to - from !== 1 || (b[from] !== 48 && b[from] !== 49)) throw new NotPlain();
      return b[from] === 49;
    }
    if (this.s0 >= 0 && this.s1 > this.s0 && this.tables.styles[this.digits(this.s0, this.s1)] !== true) throw new NotPlain();
    return this.number(from, to);
  }

  // A number as Number() reads its text: digits alone are added up (exact to 15 digits), anything else is parsed.
  private number(from: number, to: number): number {
    const b = this.b;
    let n = 0;
    let i = from;
    for (let d = b[i]! - 48; i < to && d >= 0 && d <= 9; d = b[++i]! - 48) n = n * 10 + d;
    if (i === to && to - from <= 15) return n;
    let text = '';
    for (i = from; i < to; i++) {
      if (b[i]! >= 128) throw new NotPlain();
      text += String.fromCharCode(b[i]!);
    }
    n = Number(text);
    if (Number.isNaN(n)) throw new NotPlain();
    return n;
  }

  // An inline string's body: empty, or <is><t…>text</t></is> (rich text and phonetic runs are not plain).
  private inline(empty: boolean): Cell {
    const b = this.b;
    if (empty || this.at(C_END, this.pos)) {
      if (!empty) this.pos += C_END.length;
      return null;
    }
    let p = this.pos;
    if (!this.at(IS_T, p)) throw new NotPlain();
    p += IS_T.length;
    if (isSpace(b[p])) p = b.indexOf(GT, p);
    if (p < 0 || b[p] !== GT || b[p - 1] === SLASH) throw new NotPlain();
    const end = b.indexOf(LT, p + 1);
    const text = xmlText(utf8.decode(b.subarray(p + 1, end < 0 ? p + 1 : end)));
    this.pos = this.closed(this.closed(end, T_END_IS_END), C_END);
    return text.trim() || null;
  }

  // Where `word` ends when it is at `pos`; not plain otherwise.
  private closed(pos: number, word: Uint8Array): number {
    if (pos < 0 || !this.at(word, pos)) throw new NotPlain();
    return pos + word.length;
  }

  // A whole number written in digits only (a row, a style, a string's index).
  private digits(from: number, to: number): number {
    if (from < 0 || to <= from || to - from > 9) throw new NotPlain();
    let n = 0;
    for (let i = from; i < to; i++) {
      const d = this.b[i]! - 48;
      if (d < 0 || d > 9) throw new NotPlain();
      n = n * 10 + d;
    }
    return n;
  }

  private at(word: Uint8Array, pos: number): boolean {
    const b = this.b;
    if (pos < 0 || pos + word.length > b.length) return false;
    for (let i = 0; i < word.length; i++) if (b[pos + i] !== word[i]) return false;
    return true;
  }

  private find(word: Uint8Array): number {
    for (let i = this.b.indexOf(word[0]!); i >= 0; i = this.b.indexOf(word[0]!, i + 1)) if (this.at(word, i)) return i;
    throw new NotPlain();
  }

  private skipSpace(): void {
    while (isSpace(this.b[this.pos])) this.pos++;
  }
}
