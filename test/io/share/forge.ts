/**
 * Builds share fragments with Node's zlib, independently of the code under test, so the tests
 * pin the documented format and can forge links the planner itself would never make.
 */
import { Buffer } from 'node:buffer';
import zlib from 'node:zlib';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import type { SharePayload } from '../../../src/io/share/payload';

/** A valid payload with overrides. */
export function payload(over: Partial<SharePayload> = {}): SharePayload {
  return {
    v: 1,
    name: 'estate.csv',
    text: 'name,dailyChurnGB\nweb-01,12.5\n',
    readOptions: {},
    settings: { ...DEFAULT_SETTINGS },
    ...over,
  };
}

/** `v1.` + base64url(length ‖ deflate ‖ crc) around already deflated bytes. */
export function frame(deflated: Uint8Array, crc: number, declaredLength = deflated.length): string {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(declaredLength);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc >>> 0);
  return `v1.${Buffer.concat([head, deflated, tail]).toString('base64url')}`;
}

/** A correctly compressed and checksummed fragment around any bytes or text (forged JSON included). */
export function forge(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return frame(zlib.deflateRawSync(bytes), zlib.crc32(bytes));
}

/** Unpacks a fragment with zlib: the JSON text inside, checked against the frame's length and CRC. */
export function unpack(fragment: string): string {
  const bytes = Buffer.from(fragment.replace(/^#?v1\./, ''), 'base64url');
  const length = bytes.readUInt32BE(0);
  if (bytes.length !== 4 + length + 4) throw new Error('frame length mismatch');
  const json = zlib.inflateRawSync(bytes.subarray(4, 4 + length));
  if (zlib.crc32(json) !== bytes.readUInt32BE(4 + length)) throw new Error('crc mismatch');
  return json.toString('utf8');
}

/** Raw deflate of `megabytes` MiB of zeros, streamed so the test never holds them all. */
export async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const mib = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) {
    if (!deflate.write(mib)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

type Figures = { problem?: { field?: string } | null; refused?: { problem?: { field?: string } } };

/** The field an issue about a payload names (its problem's, or the problem a writer refused on). */
export function fieldOf(i: { params?: object }): string | undefined {
  const p = i.params as Figures | undefined;
  return p?.problem?.field ?? p?.refused?.problem?.field;
}

/** What a writer refused on (size or value), from its issue's figures. */
export function refusedOf(i: { params?: object }): object | undefined {
  return (i.params as { refused?: object } | undefined)?.refused;
}
