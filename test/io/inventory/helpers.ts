import { expect } from 'vitest';
import { readInventory, type InventoryRead, type ReadOptions } from '../../../src/io/inventory';
import type { Issue } from '../../../src/core/result';

/** Reads and asserts success and the accepted + rejected + skipped = data rows invariant. */
export function read(text: string, options?: ReadOptions): InventoryRead {
  const r = readInventory(text, options);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  expect(r.value.machines.length + r.value.rejected.length + r.value.skipped.length).toBe(r.value.dataRows);
  return r.value;
}

/** Reads and asserts failure; returns the issues. */
export function readFails(text: string, options?: ReadOptions): Issue[] {
  const r = readInventory(text, options);
  if (r.ok) throw new Error(`expected failure, got ${r.value.machines.length} machines`);
  return r.issues;
}

/** Joins lines with the given line break. */
export function lines(rows: string[], eol = '\n'): string {
  return rows.join(eol) + eol;
}
