/** Recognising inventory columns from their header text. */

import type { Issue } from '../../core/result';
import { ALIAS_INDEX, normalizeHeader, type ColumnMapping, type InventoryField } from './fields';

/** What header detection found, with notes on columns it had to ignore. */
export interface HeaderMatch {
  mapping: ColumnMapping;
  notices: Issue[];
}

/** The field a single header names, or undefined when it is not one the planner knows. */
export function fieldForHeader(header: string): InventoryField | undefined {
  return ALIAS_INDEX.get(normalizeHeader(header));
}

/**
 * Maps headers to fields. The first column wins when two name the same field: it is the one a
 * person reading the file left to right sees first, so the choice is predictable.
 */
export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const mapping: ColumnMapping = {};
  const notices: Issue[] = [];
  headers.forEach((header, column) => {
    const field = fieldForHeader(header);
    if (field === undefined) return;
    const first = mapping[field];
    if (first === undefined) {
      mapping[field] = column;
      return;
    }
    notices.push(duplicateHeaderNotice(field, headers, first, column));
  });
  return { mapping, notices };
}

/** Field → column index for every recognised header (first column wins on duplicates). */
export function detectMapping(headers: string[]): ColumnMapping {
  return matchHeaders(headers).mapping;
}

function duplicateHeaderNotice(field: InventoryField, headers: readonly string[], first: number, later: number): Issue {
  const a = first + 1;
  const b = later + 1;
  return {
    code: 'duplicate-header',
    message:
      `Columns ${a} ('${headers[first]}') and ${b} ('${headers[later]}') are both '${field}'; ` +
      `using column ${a}. Map the column yourself if the other one is right.`,
    column: headers[later] ?? '',
    params: { field, first: a, later: b },
  };
}
