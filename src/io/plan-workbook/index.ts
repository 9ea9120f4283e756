/**
 * The plan workbook (.xlsx): the public surface of `src/io/plan-workbook`. Apart from the CSV
 * exports so the page never reaches it statically: the page imports it only when asked for a
 * workbook, and its writer (write-excel-file) only then too.
 */

export { planWorkbookSheets, type PlanWorkbookInput } from './plan-workbook';
export type { WorkbookCell, WorkbookSheet } from './cells';
export { rebalanceWorkbookSheets, type RunningWorkbookInput } from './rebalance-workbook';
export { migrationWorkbookSheets } from './migration-workbook';
export { workbookBlob, XLSX_MIME } from './xlsx';
