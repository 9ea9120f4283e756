/** Recognising inventory columns from their header text. */

import type { Issue } from '../../core/result';
import { readIssue } from '../../i18n/read-issue-text';
import { clipValue } from '../limits';
import {
  ALIAS_INDEX,
  CHURN_FIELDS,
  CHURN_UNIT_ENDINGS,
  FIELD_ALIASES,
  normalizeHeader,
  PLANNER_PEAK_HEADER,
  type ChurnField,
  type ColumnMapping,
  type InventoryField,
} from './fields';

/** What header detection found, with notes on columns it had to ignore. */
interface HeaderMatch {
  mapping: ColumnMapping;
  notices: Issue[];
}

/** The field a single header names, or undefined when it is not one the planner knows. */
function fieldForHeader(header: string): InventoryField | undefined {
  const key = normalizeHeader(header);
  if (PLANNER_PEAK_HEADER.test(key)) return 'peakChurnMBps';
  return ALIAS_INDEX.get(key) ?? churnFieldByUnit(key);
}

// RVTools writes two OS columns; the second is the fallback, not a conflict worth a note.
const QUIET_DUPLICATES: ReadonlySet<InventoryField> = new Set(['os']);

const withoutEnding = (key: string, ending: string) => (key.endsWith(ending) ? key.slice(0, -ending.length) : null);

// The churn aliases without their unit ("일일변경률", "dailychurn", "avgchurn"): the words that say "churn".
const CHURN_STEMS: ReadonlySet<string> = new Set(
  CHURN_FIELDS.flatMap((field) =>
    FIELD_ALIASES[field].map((alias) => {
      const key = normalizeHeader(alias);
      for (const [ending] of CHURN_UNIT_ENDINGS) {
        const stem = withoutEnding(key, ending);
        if (stem) return stem;
      }
      return key;
    }),
  ),
);

// A churn header whose words are known but whose unit is not the one its alias lists.
function churnFieldByUnit(key: string): ChurnField | undefined {
  for (const [ending, field] of CHURN_UNIT_ENDINGS) {
    const stem = withoutEnding(key, ending);
    if (stem !== null && CHURN_STEMS.has(stem)) return field;
  }
  return undefined;
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
    // One note per duplicated column, but never thousands: a 200,000-column header is not a list to read.
    if (QUIET_DUPLICATES.has(field)) return;
    if (notices.length < MAX_DUPLICATE_NOTICES) notices.push(duplicateHeaderNotice(field, headers, first, column));
  });
  return { mapping, notices };
}

const MAX_DUPLICATE_NOTICES = 10;

function duplicateHeaderNotice(field: InventoryField, headers: readonly string[], first: number, later: number): Issue {
  const firstHeader = headers[first] ?? '';
  const laterHeader = headers[later] ?? '';
  const params = { field, first: first + 1, later: later + 1, firstHeader, laterHeader };
  return readIssue({ code: 'duplicate-header', params }, { column: clipValue(laterHeader) });
}

const PLAIN_NUMBER = /^\s*[+-]?\d+([.,]\d+)?\s*$/;

/**
 * A header row maps a name column and holds no plain number: a data row whose name happens to be
 * `vm` or `server` (`vm,1`) is not taken for the header (docs/inputs.md#header-anywhere).
 */
export function looksLikeHeaderRow(row: readonly string[]): boolean {
  return matchHeaders(row.map((h) => h.trim())).mapping.name !== undefined && !row.some((c) => PLAIN_NUMBER.test(c));
}
