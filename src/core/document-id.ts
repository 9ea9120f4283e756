/**
 * The identity of a printed plan, workbook and plan JSON: the same inventory read the same way and
 * planned with the same settings always gives the same id, on the page and on the command line.
 */

/** Version of the document's layout (frame, sections, workbook sheets); printed beside the app's. */
export const DOCUMENT_FORMAT_VERSION = 1;

// Crockford's base32: no I, L, O or U, so an id read aloud or copied by hand is not misread.
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A 64-bit fingerprint of a text (two independent 32-bit multiply-xor lanes over its UTF-16 code
 * units), as 16 hex digits. Synchronous on purpose: `crypto.subtle` is async in browsers, and a
 * document id is not a secret, only a name two copies of the same inputs share.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** JSON with object keys in name order and undefined fields left out, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The document id: `ASR-` and 10 base32 characters (50 bits) of the fingerprint of what the plan
 * follows: the inventory's input key (its text and read options, see `inputKey`) and the settings.
 */
export function documentId(inputKey: string, settings: object): string {
  const hex = contentHash(`${inputKey}\u0000${canonicalJson(settings)}`);
  let bits = BigInt(`0x${hex}`) >> 14n;
  let out = '';
  for (let i = 0; i < 10; i++, bits >>= 5n) out = BASE32[Number(bits & 31n)]! + out;
  return `ASR-${out}`;
}

/** The key of an inventory as read: its text (a leading byte-order mark aside) and the read options that change what is read. */
export function inputKey(text: string, readOptions: object): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return `${contentHash(body)}:${canonicalJson(readOptions)}`;
}

/**
 * The id of a document on a running deployment (the change list, the migration runbook): the
 * inventory as read, the server file's text (without a byte-order mark), the settings the document
 * states, and which document it is, so the change list and the runbook of the same files differ.
 * `rebalance --json`, `migrate --json`, their workbooks and the printed footers all carry it.
 */
export function runningDocumentId(key: string, kind: 'rebalance' | 'migrate', settings: object, serversText: string | null): string {
  const servers = serversText === null ? null : contentHash(serversText.charCodeAt(0) === 0xfeff ? serversText.slice(1) : serversText);
  // The change list's kind is left out: its ids stay what they were before the runbook had one.
  return documentId(key, { kind: kind === 'rebalance' ? undefined : kind, settings, servers });
}
