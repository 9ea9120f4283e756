/**
 * Streaming deflate/inflate on the platform's CompressionStream (browsers, workers and Node 20),
 * so no compression library ships with the app. Inflation stops as soon as the output passes a
 * limit: a crafted link of a few hundred kilobytes can otherwise unpack to gigabytes.
 */

// Input is fed in slices so the output limit is checked between small steps.
const SLICE = 64 * 1024;

/** Outcome of a bounded inflation. */
type InflateOutcome = { kind: 'ok'; chunks: Uint8Array[]; bytes: number } | { kind: 'too-large' } | { kind: 'failed'; reason: string };

/** Compresses bytes with raw deflate. */
export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const cs = new CompressionStream('deflate-raw');
  const feeding = feed(cs.writable.getWriter(), bytes);
  const chunks: Uint8Array[] = [];
  const reader = cs.readable.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  await feeding;
  return concat(chunks);
}

/** Inflates raw deflate, giving up (and cancelling the stream) once the output passes `limit` bytes. */
export async function inflateRawLimited(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<InflateOutcome> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  // Errors surface on the readable side; the writer's rejections are expected echoes of them.
  const feeding = feed(writer, bytes).catch(() => undefined);
  const reader = ds.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      total += r.value.byteLength;
      if (total > limit) {
        await Promise.allSettled([reader.cancel(), writer.abort()]);
        return { kind: 'too-large' };
      }
      chunks.push(r.value);
    }
  } catch (e) {
    return { kind: 'failed', reason: e instanceof Error ? e.message : String(e) };
  }
  await feeding;
  return { kind: 'ok', chunks, bytes: total };
}

async function feed(writer: WritableStreamDefaultWriter<Uint8Array<ArrayBuffer>>, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  for (let i = 0; i < bytes.length; i += SLICE) await writer.write(bytes.subarray(i, i + SLICE));
  await writer.close();
}

/** Joins byte chunks into one array. */
export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
