/** Combining detected columns with the user's overrides into the mapping actually used. */

import type { Issue } from '../../core/result';
import { readIssue } from '../../i18n/read-issue-text';
import { CHURN_FIELDS, INVENTORY_FIELDS, type ChurnField, type ColumnMapping } from './fields';

/** The mapping used to read rows, and what the user should know about how it was chosen. */
interface ResolvedMapping {
  mapping: ColumnMapping;
  churnField: ChurnField | undefined;
  extraColumns: number[];
  notices: Issue[];
}

/**
 * Applies overrides over detection: a field the override names takes the override's column
 * (-1 unmaps it), and a detected field that sat on that column is dropped — one column means one
 * thing. Then exactly one churn column is kept (GB/day, then TB/day, then MB/s; a churn column
 * the user mapped beats detected ones).
 */
export function resolveMapping(headers: readonly string[], detected: ColumnMapping, overrides: ColumnMapping = {}): ResolvedMapping {
  const notices: Issue[] = [];
  const mapping = applyOverrides(headers, detected, overrides, notices);
  const churnField = chooseChurn(headers, mapping, overrides, notices);
  const used = new Set(Object.values(mapping));
  const extraColumns: number[] = [];
  headers.forEach((h, i) => {
    // A column without a header has nothing to show it under; it is usually a trailing delimiter.
    if (!used.has(i) && h.trim() !== '') extraColumns.push(i);
  });
  return { mapping, churnField, extraColumns, notices };
}

/** Override indices that point past the header, as fatal issues. */
export function mappingRangeIssues(headers: readonly string[], overrides: ColumnMapping): Issue[] {
  const issues: Issue[] = [];
  for (const field of INVENTORY_FIELDS) {
    const col = overrides[field];
    if (col === undefined || col < headers.length) continue;
    issues.push(readIssue({ code: 'bad-mapping', params: { field, index: col + 1, columns: headers.length } }));
  }
  return issues;
}

function applyOverrides(headers: readonly string[], detected: ColumnMapping, overrides: ColumnMapping, notices: Issue[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of INVENTORY_FIELDS) {
    const col = overrides[field] ?? detected[field];
    if (col !== undefined && col >= 0) mapping[field] = col;
  }
  for (const field of INVENTORY_FIELDS) {
    const col = overrides[field];
    if (col === undefined || col < 0) continue;
    for (const other of INVENTORY_FIELDS) {
      if (other === field || overrides[other] !== undefined || mapping[other] !== col) continue;
      delete mapping[other];
      const header = headers[col] ?? '';
      notices.push(
        readIssue({ code: 'mapping-reassigned', params: { field, previous: other, index: col + 1, header } }, { column: header }),
      );
    }
  }
  return mapping;
}

function chooseChurn(
  headers: readonly string[],
  mapping: ColumnMapping,
  overrides: ColumnMapping,
  notices: Issue[],
): ChurnField | undefined {
  const mapped = CHURN_FIELDS.filter((f) => mapping[f] !== undefined);
  const chosenByUser = mapped.filter((f) => overrides[f] !== undefined);
  const candidates = chosenByUser.length > 0 ? chosenByUser : mapped;
  const chosen = candidates[0];
  if (candidates.length > 1 && chosen !== undefined) {
    const found = candidates.map((f) => ({ header: headers[mapping[f] ?? -1] ?? f, field: f }));
    notices.push(readIssue({ code: 'several-churn-columns', params: { field: chosen, found } }));
  }
  // The churn columns not used are shown as extra columns rather than silently read.
  for (const f of mapped) if (f !== chosen) delete mapping[f];
  return chosen;
}
