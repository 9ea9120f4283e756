/**
 * Workbooks (docs/inputs.md#workbooks): the public surface of `src/io/workbook` that may be loaded
 * up front. The reader itself (`read-workbook.ts`, with read-excel-file) is imported dynamically
 * where a workbook is opened, so neither the page's first load nor a CSV read carries it.
 */

export { isEncryptedOffice, workbookKind, type WorkbookKind } from './signature';
