/** A picked or dropped inventory file → text, with the size limit checked before any byte is read. */

import type { Result } from '../core/result';
import { decodeInventoryBytes, type DecodedInventory } from './inventory';
import { checkFileSize } from './limits';
import { inventorySource, type InventorySource } from './inventory-source';

/** The part of a `Blob` this needs: its size, and its bytes on demand. */
type SizedBlob = Pick<Blob, 'size' | 'arrayBuffer'>;

/**
 * Decodes an inventory file. `size` comes from the file system without reading, so a file over
 * the limit fails with `file-too-large` before `arrayBuffer()` could exhaust the tab's memory.
 */
export async function decodeInventoryFile(file: SizedBlob): Promise<Result<DecodedInventory>> {
  const size = checkFileSize(file.size);
  if (!size.ok) return size;
  return decodeInventoryBytes(new Uint8Array(await file.arrayBuffer()));
}

/** A CSV or a workbook's sheet (`sheet`, else the one the rules pick), with the size limit checked first. */
export async function inventoryFile(file: SizedBlob, sheet?: string): Promise<Result<InventorySource>> {
  const size = checkFileSize(file.size);
  if (!size.ok) return size;
  return inventorySource(new Uint8Array(await file.arrayBuffer()), sheet);
}
