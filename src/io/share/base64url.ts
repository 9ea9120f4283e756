/**
 * Base64url (RFC 4648 §5, no padding) for share links. Hand-rolled rather than `btoa`/`atob` so a
 * bad character is reported with its position instead of a generic exception, and so the same
 * code runs in the browser, workers and Node.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

// Bytes per String.fromCharCode call: a multiple of 3, small enough for the argument limit.
const CHUNK = 3 * 8192;

/** Encodes bytes as base64url without padding. */
export function bytesToBase64url(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) parts.push(encodeChunk(bytes.subarray(start, start + CHUNK)));
  return parts.join('');
}

function encodeChunk(b: Uint8Array): string {
  const out = new Uint8Array(Math.ceil((b.length * 4) / 3));
  let o = 0;
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const n = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    out[o++] = CODES[n >> 18]!;
    out[o++] = CODES[(n >> 12) & 63]!;
    out[o++] = CODES[(n >> 6) & 63]!;
    out[o++] = CODES[n & 63]!;
  }
  const rest = b.length - i;
  if (rest > 0) {
    const n = (b[i]! << 16) | (rest === 2 ? b[i + 1]! << 8 : 0);
    out[o++] = CODES[n >> 18]!;
    out[o++] = CODES[(n >> 12) & 63]!;
    if (rest === 2) out[o++] = CODES[(n >> 6) & 63]!;
  }
  return String.fromCharCode(...out.subarray(0, o));
}

/** Why base64url text could not be decoded. */
type Base64Problem = { kind: 'bad-character'; position: number } | { kind: 'cut-short' };

/** Decodes unpadded base64url; a length no encoder produces (4k + 1) means the text was cut. */
export function base64urlToBytes(text: string): Uint8Array<ArrayBuffer> | Base64Problem {
  if (text.length % 4 === 1) return { kind: 'cut-short' };
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUES[c]! : -1;
    if (v < 0) return { kind: 'bad-character', position: i };
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
