import type { WorkbookSheet } from './cells';

/** The media type of an .xlsx workbook. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes sheets as an .xlsx workbook with write-excel-file, loaded only now (a dynamic import: the
 * page's first load does not carry it). Each cell's type is set, so text is never read as a formula.
 */
export async function workbookBlob(sheets: readonly WorkbookSheet[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      stickyRowsCount: 1,
      data: s.rows.map((row, r) =>
        row.map((c) =>
          c.type === 'number'
            ? { type: Number, value: c.value }
            : { type: String, value: c.value, fontWeight: r === 0 ? ('bold' as const) : undefined },
        ),
      ),
    })),
  ).toBlob();
}
