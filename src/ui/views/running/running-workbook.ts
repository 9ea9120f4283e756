import { downloadBlob } from '../../../io/browser';
import type { RebalanceDocument } from '../../../io/documents';
import type { MigrationDocument } from '../../../io/migration-document';

/** A download's file name from the inventory's: its extension dropped. */
export const baseName = (name: string) => name.replace(/\.[^.]+$/, '') || 'inventory';

/** Which running document a workbook is made of: the rebalance (Moves) or the migration (Batches). */
export type RunningWorkbookKind = 'rebalance' | 'migration';

/**
 * Downloads the workbook of a running document from the JSON the page downloads (English, with its
 * id), so its figures are the CLI's; the workbook writer is loaded only now.
 */
export async function downloadRunningWorkbook(
  kind: RunningWorkbookKind,
  json: string,
  files: { inventoryName: string; serversName: string | null; fileName: string },
): Promise<void> {
  const { documentId, ...published } = JSON.parse(json) as (RebalanceDocument | MigrationDocument) & { documentId: string };
  const { rebalanceWorkbookSheets, migrationWorkbookSheets, workbookBlob, XLSX_MIME } = await import('../../../io/plan-workbook');
  const input = {
    documentId,
    inventoryName: files.inventoryName,
    serversName: files.serversName,
    date: new Date().toISOString().slice(0, 10),
  };
  const sheets =
    kind === 'rebalance'
      ? rebalanceWorkbookSheets(published as RebalanceDocument, input)
      : migrationWorkbookSheets(published as MigrationDocument, input);
  downloadBlob(files.fileName, await workbookBlob(sheets), XLSX_MIME);
}
