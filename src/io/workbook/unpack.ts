/**
 * Unpacking a workbook's zip with its size checked first (docs/inputs.md#workbooks): the parts a
 * sheet needs (XML), and never more than 1 GB of them, so a zip bomb is refused before it inflates.
 */

import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { fail, type Result } from '../../core/result';
import { MAX_UNPACKED_BYTES, roundMB } from '../limits';
import { corruptIssue, unpackedTooLargeIssue } from '../inventory';
import { nativeParts } from './inflate-native';

/** The workbook's XML parts by path. */
export type WorkbookParts = Unzipped;

class TooLarge extends Error {
  constructor(readonly bytes: number) {
    super('too large');
  }
}

const isXml = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

/**
 * The XML parts of the zip. Each part's unpacked size is read from the zip's directory before
 * anything is inflated; fflate inflates a part into a buffer of exactly that size, so a part that
 * lies about its size fails as damaged rather than growing.
 */
export function unpackWorkbook(bytes: Uint8Array, limit: number = MAX_UNPACKED_BYTES): Result<WorkbookParts> {
  let total = 0;
  try {
    const parts = unzipSync(bytes, {
      filter: (file) => {
        if (!isXml(file.name)) return false;
        total += file.originalSize;
        if (total > limit) throw new TooLarge(total);
        return true;
      },
    });
    if (!parts['xl/workbook.xml']) return fail(corruptIssue('it has no xl/workbook.xml'));
    return { ok: true, value: parts };
  } catch (e) {
    if (e instanceof TooLarge) return fail(unpackedTooLargeIssue(roundMB(e.bytes), roundMB(limit)));
    return fail(corruptIssue(e instanceof Error ? e.message : String(e)));
  }
}

/**
 * The XML parts as `unpackWorkbook` gives them, inflated by the platform where it can (a browser's
 * worker: inflate-native.ts); a zip it does not read plainly, or that fails, is unpacked by fflate
 * as above, so a bomb or a damaged zip is refused with the same message either way.
 */
export async function openWorkbook(bytes: Uint8Array, limit: number = MAX_UNPACKED_BYTES): Promise<Result<WorkbookParts>> {
  const parts = await nativeParts(bytes, isXml, limit);
  return parts?.['xl/workbook.xml'] ? { ok: true, value: parts } : unpackWorkbook(bytes, limit);
}

/**
 * The parts again as a zip that is stored, not compressed: read-excel-file then unpacks it without
 * the inflate workers fflate starts for large compressed parts, which the page's Content-Security-Policy
 * (worker-src 'self') does not allow from a blob.
 */
export function storedZip(parts: WorkbookParts): ArrayBuffer {
  const zip = zipSync(parts, { level: 0 });
  return zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer;
}
