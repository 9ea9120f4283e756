/** Inventory CSV reading: the public surface of `src/io/inventory`. */

export { csvDialect, readInventory, readInventoryRecords } from './read-inventory';
export type { InventoryRead } from './read-session';
export type { ReadOptions, ReadProgress } from './options';
export { columnMappingSchema, validateReadOptions, workbookContextSchema } from './options';
export { countChurnSources, type WorkbookContext } from './formats/format-notices';
export { decodeInventoryBytes, type DecodedInventory } from './decode';
export { looksLikeHeaderRow, matchHeaders } from './header-match';
export { resolveMapping } from './mapping';
export { detectDelimiter, type Delimiter } from './delimiter';
export { parseNumber, decimalMarkFor, type DecimalMark, type NumberProblem } from './numbers';
export { parseQuantity, writtenUnit, type QuantityKind, type Unit } from './quantity';
export {
  FIELD_ALIASES,
  INVENTORY_FIELDS,
  CHURN_FIELDS,
  normalizeHeader,
  type InventoryField,
  type ColumnMapping,
  type ChurnField,
} from './fields';
// Shared with the process-server reader (`src/io/servers`), which reads CSV the same way.
export { createLineCounter, unifyLineBreaks } from './line-index';
export { looksBinary, sniffText, suspiciousPercent } from './sniff';
export { SiteNames } from './site-names';
// Shared with the workbook reader (`src/io/workbook`), which finds the header and says what it refused.
export { HEADER_SEARCH_ROWS, churnRateNeededIssue } from './formats/format-messages';
export { isDiskName } from './formats/format-columns';
export {
  corruptIssue,
  encryptedIssue,
  noSheetIssue,
  sheetNotFoundIssue,
  unpackedTooLargeIssue,
  xlsIssue,
} from './formats/workbook-messages';
