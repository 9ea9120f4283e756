/** Bytes → text for inventory files, recognising the encodings people actually export. */

import { fail, ok, type Issue, type Result } from '../../core/result';
import { readIssue } from '../../i18n/read-issue-text';
import { looksBinary, sniffText, suspiciousPercent } from './sniff';

/** Decoded text, the encoding it was read as, and anything worth telling the user. */
export interface DecodedInventory {
  text: string;
  encoding: string;
  notices: Issue[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/**
 * Decodes an inventory file: UTF-8 with or without BOM; UTF-16 LE/BE with BOM (with a notice);
 * invalid UTF-8 as Korean CP949 when it plainly is, else Windows-1252 (with a notice). Excel
 * workbooks fail with `xlsx`, other binary data with `binary`.
 */
export function decodeInventoryBytes(bytes: Uint8Array): Result<DecodedInventory> {
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) return fail(readIssue({ code: 'xlsx', params: {} }));
  const utf16 = startsWith(bytes, UTF16LE_BOM) ? 'utf-16le' : startsWith(bytes, UTF16BE_BOM) ? 'utf-16be' : null;
  // NUL never occurs in CSV text; without a UTF-16 BOM it means binary data, or UTF-16 that
  // can't be told from it safely (the decision: refuse and say how to re-save, don't guess).
  if (utf16 === null && bytes.indexOf(0) !== -1) {
    return fail(readIssue({ code: 'binary', params: looksLikeBomlessUtf16(bytes) ? { reason: 'utf16-no-bom' } : { reason: 'binary' } }));
  }
  const decoded = utf16 !== null ? decodeUtf16(bytes, utf16) : decodeEightBit(bytes);
  const sniff = sniffText(decoded.text);
  if (looksBinary(sniff)) {
    return fail(readIssue({ code: 'binary', params: { reason: 'binary', percent: suspiciousPercent(sniff) } }));
  }
  return ok(decoded);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedInventory {
  const text = new TextDecoder(encoding).decode(bytes); // strips the BOM
  return { text, encoding, notices: [readIssue({ code: 'encoding-utf16', params: { encoding } })] };
}

function decodeEightBit(bytes: Uint8Array): DecodedInventory {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notices: [] };
  } catch {
    // A UTF-8 BOM says what the file meant to be: keep UTF-8 and mark the few bad bytes.
    return startsWith(bytes, UTF8_BOM) ? decodeDamagedUtf8(bytes) : decodeLegacy(bytes);
  }
}

function decodeDamagedUtf8(bytes: Uint8Array): DecodedInventory {
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    encoding: 'utf-8',
    notices: [readIssue({ code: 'encoding-invalid-utf8', params: {} })],
  };
}

/** Not UTF-8: Korean Excel saves CSV as CP949, Western Excel as Windows-1252. */
function decodeLegacy(bytes: Uint8Array): DecodedInventory {
  const korean = tryKorean(bytes);
  const encoding = korean !== undefined ? 'euc-kr' : 'windows-1252';
  const text = korean ?? new TextDecoder('windows-1252').decode(bytes);
  return { text, encoding, notices: [readIssue({ code: 'encoding-fallback', params: { encoding } })] };
}

/**
 * CP949 text decodes without errors and its non-ASCII characters are mostly Hangul syllables;
 * Western text almost always hits an invalid CP949 pair, so the two are rarely confused.
 */
function tryKorean(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('euc-kr', { fatal: true }).decode(bytes);
  } catch {
    return undefined; // invalid CP949, or a runtime without the encoding
  }
  let nonAscii = 0;
  let hangul = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    nonAscii++;
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
  }
  return hangul > 0 && hangul * 2 >= nonAscii ? text : undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const UTF16_SAMPLE = 4096;

/**
 * Text in UTF-16 has a NUL in every other byte wherever it is ASCII (digits, delimiters, line
 * breaks: most of a CSV), always on the same side of the pair; binary data has NULs anywhere.
 */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SAMPLE) / 2);
  let low = 0;
  let high = 0;
  for (let i = 0; i < pairs; i++) {
    const a = bytes[2 * i];
    const b = bytes[2 * i + 1];
    if (a !== 0 && b === 0) low++;
    else if (a === 0 && b !== 0) high++;
    else if (a === 0 && b === 0) return false; // U+0000 is not text
  }
  return pairs >= 2 && Math.max(low, high) * 2 >= pairs && Math.min(low, high) * 20 <= pairs;
}
