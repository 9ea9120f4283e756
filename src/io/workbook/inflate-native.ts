/**
 * A workbook's XML parts inflated by the platform's own inflate (DecompressionStream 'deflate-raw'),
 * where it has one: a browser inflates a 30 MB sheet about twice as fast natively as fflate does in
 * JavaScript. Only a zip read plainly goes this way (no zip64, no encryption, names in ASCII, every
 * part exactly the size the zip states, the parts within the unpacked limit); anything else, and
 * any failure, answers null and fflate unpacks the zip as before (unpack.ts), with its own checks
 * and messages.
 */

/** Parts by path, as fflate gives them. */
type Parts = Record<string, Uint8Array<ArrayBuffer>>;

interface Entry {
  name: string;
  method: number;
  size: number;
  original: number;
  local: number;
}

const [EOCD, CENTRAL, LOCAL] = [0x06054b50, 0x02014b50, 0x04034b50];
const MAX_COMMENT = 65535;

// The central directory's entries, in order; null for anything not read plainly.
function entries(bytes: Uint8Array, view: DataView): Entry[] | null {
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== EOCD) if (--end < bytes.length - 22 - MAX_COMMENT) return null;
  if (end < 0) return null;
  const count = view.getUint16(end + 8, true);
  let at = view.getUint32(end + 16, true);
  if (count !== view.getUint16(end + 10, true) || count === 0xffff || at === 0xffffffff) return null;
  const out: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const length = view.getUint16(at + 28, true);
    const name = bytes.subarray(at + 46, at + 46 + length);
    const [size, original, local] = [view.getUint32(at + 20, true), view.getUint32(at + 24, true), view.getUint32(at + 42, true)];
    // Encrypted parts, zip64 sizes and names outside ASCII are fflate's to read.
    if (view.getUint16(at + 8, true) & 1 || name.some((b) => b >= 128) || Math.max(size, original, local) === 0xffffffff) return null;
    out.push({ name: String.fromCharCode(...name), method: view.getUint16(at + 10, true), size, original, local });
    at += 46 + length + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

// One part's bytes, exactly its stated size; null when it is not.
async function inflate(bytes: Uint8Array, view: DataView, e: Entry): Promise<Uint8Array<ArrayBuffer> | null> {
  if (e.local + 30 > bytes.length || view.getUint32(e.local, true) !== LOCAL) return null;
  const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
  if (start + e.size > bytes.length) return null;
  const data = bytes.slice(start, start + e.size);
  if (e.method === 0) return e.size === e.original ? data : null;
  if (e.method !== 8) return null;
  // Filled into a buffer of the stated size: a part that inflates to more stops there.
  const out = new Uint8Array(e.original);
  let filled = 0;
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (filled + chunk.value.length > out.length) {
      await reader.cancel();
      return null;
    }
    out.set(chunk.value, filled);
    filled += chunk.value.length;
  }
  return filled === out.length ? out : null;
}

/** The parts `keep` names, inflated natively, within `limit` bytes in all; null when fflate should unpack the zip. */
export async function nativeParts(bytes: Uint8Array, keep: (name: string) => boolean, limit: number): Promise<Parts | null> {
  if (typeof DecompressionStream !== 'function' || typeof Blob !== 'function') return null;
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const kept = entries(bytes, view)?.filter((e) => keep(e.name));
    if (!kept || kept.reduce((total, e) => total + e.original, 0) > limit) return null;
    const inflated = await Promise.all(kept.map((e) => inflate(bytes, view, e)));
    const parts: Parts = {};
    for (const [i, e] of kept.entries()) {
      const part = inflated[i];
      if (!part) return null;
      parts[e.name] = part;
    }
    return parts;
  } catch {
    // Data the platform cannot inflate: fflate says what is wrong with it.
    return null;
  }
}
