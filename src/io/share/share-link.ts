/**
 * Share links: the whole state of the app in the URL fragment, which browsers never send to a
 * server, so sharing a plan discloses the inventory to nobody but the recipient.
 *
 * Fragment: `v1.` + base64url(frame), frame = deflate length (u32, big-endian) ‖ raw deflate of
 * the UTF-8 JSON payload ‖ CRC-32 of that JSON (u32, big-endian). Raw deflate alone can neither
 * tell a cut link from a damaged one nor catch a changed character, which could silently give a
 * different inventory; the leading length makes "cut short" certain and the CRC makes damage
 * certain, on every browser alike (their inflate error messages differ).
 */

import type { Result } from '../../core/result';
import type { AppIssue, LinkDamage } from '../../i18n/app-issue';
import { appIssue } from '../../i18n/app-issue-text';
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { crc32 } from './crc32';
import { concat, deflateRaw, inflateRawLimited } from './inflate';
import { readPayload, type SharePayload } from './payload';
import { checkWritable, tooLarge } from './writable';

/** Characters of a full URL above which the UI should offer the plan file instead of the link. */
export const LINK_COMFORT_LIMIT = 8000;

/** Most bytes a link may unpack to (50 MiB); decoding stops as soon as it passes this. */
export const MAX_SHARE_BYTES = 50 * 1024 * 1024;

const PREFIX = 'v1.';
const HEADER = 4;
const TRAILER = 4;

/**
 * Encodes a payload as a URL fragment (without `#`), or says why not: only what
 * `decodeShareFragment` accepts is ever encoded (its schema, and at most 50 MiB of JSON).
 */
export async function encodeShareFragment(p: SharePayload): Promise<Result<string>> {
  const checked = checkWritable(p, 'link');
  if (!checked.ok) return checked;
  const text = JSON.stringify(p);
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long string fails before encoding.
  const json = text.length > MAX_SHARE_BYTES ? null : new TextEncoder().encode(text);
  if (json === null || json.byteLength > MAX_SHARE_BYTES)
    return tooLarge('link', 'content', json?.byteLength ?? text.length, MAX_SHARE_BYTES);
  const deflated = await deflateRaw(json);
  const frame = new Uint8Array(HEADER + deflated.byteLength + TRAILER);
  const view = new DataView(frame.buffer);
  view.setUint32(0, deflated.byteLength);
  frame.set(deflated, HEADER);
  view.setUint32(HEADER + deflated.byteLength, crc32(json));
  return { ok: true, value: PREFIX + bytesToBase64url(frame) };
}

/** Builds the share URL: `baseHref` with any existing fragment replaced by `fragment`. */
export function shareUrl(baseHref: string, fragment: string): string {
  const hash = baseHref.indexOf('#');
  const base = hash < 0 ? baseHref : baseHref.slice(0, hash);
  return `${base}#${fragment.startsWith('#') ? fragment.slice(1) : fragment}`;
}

/**
 * True when a fragment is meant as a share link (`v` and a format number), not an in-page anchor
 * such as `#results`: a fragment that changes while the page is open is only followed then.
 */
export function isShareFragment(fragment: string): boolean {
  return /^#?\s*v\d/.test(fragment);
}

/** Decodes a fragment (with or without `#`); never throws, every failure is an issue. */
export async function decodeShareFragment(fragment: string): Promise<Result<SharePayload>> {
  // Mail clients wrap long links; whitespace is never part of a fragment we made.
  const text = fragment.replace(/^#/, '').replace(/\s+/g, '');
  const version = /^v(\d+)\./.exec(text);
  if (!version) return PREFIX.startsWith(text) ? truncated() : fail({ code: 'share-version', params: { version: null } });
  if (version[1] !== '1') return fail({ code: 'share-version', params: { version: Number(version[1]) } });
  const bytes = base64urlToBytes(text.slice(PREFIX.length));
  if (!(bytes instanceof Uint8Array)) {
    return bytes.kind === 'cut-short' ? truncated() : corrupt({ damage: 'character', position: PREFIX.length + bytes.position + 1 });
  }
  return decodeFrame(bytes);
}

async function decodeFrame(frame: Uint8Array<ArrayBuffer>): Promise<Result<SharePayload>> {
  if (frame.byteLength < HEADER) return truncated();
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const expected = HEADER + view.getUint32(0) + TRAILER;
  if (frame.byteLength < expected) return truncated();
  if (frame.byteLength > expected) return corrupt({ damage: 'longer-than-header' });
  const inflated = await inflateRawLimited(frame.subarray(HEADER, expected - TRAILER), MAX_SHARE_BYTES);
  if (inflated.kind === 'too-large') {
    return fail({ code: 'share-too-large', params: { limitBytes: MAX_SHARE_BYTES } });
  }
  if (inflated.kind === 'failed') return corrupt({ damage: 'inflate', reason: inflated.reason });
  if (inflated.chunks.reduce((c, chunk) => crc32(chunk, c), 0) !== view.getUint32(expected - TRAILER))
    return corrupt({ damage: 'checksum' });
  return decodeJson(concat(inflated.chunks));
}

function decodeJson(bytes: Uint8Array): Result<SharePayload> {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return corrupt({ damage: e instanceof TypeError ? 'not-utf8' : 'not-json' });
  }
  const r = readPayload(data);
  if (r.ok) return r;
  return { ok: false, issues: r.problems.map((problem) => appIssue({ code: 'share-invalid', params: { problem } })) };
}

function truncated(): Result<never> {
  return fail({ code: 'share-truncated', params: {} });
}

function corrupt(damage: LinkDamage): Result<never> {
  return fail({ code: 'share-corrupt', params: { damage } });
}

function fail(i: AppIssue): Result<never> {
  return { ok: false, issues: [appIssue(i)] };
}
