import { writeFileSync } from 'node:fs';
import { workbookBlob, type WorkbookSheet } from '../io/plan-workbook';
import type { CommandIo } from './run';

/** Writes a command's workbook (`--xlsx <file>`); a file that cannot be written is exit 1 with the reason. */
export async function writeWorkbookFile(command: string, path: string, sheets: readonly WorkbookSheet[], io: CommandIo): Promise<number> {
  const bytes = new Uint8Array(await (await workbookBlob(sheets)).arrayBuffer());
  try {
    writeFileSync(path, bytes);
  } catch (e) {
    return io.fail(1, `${command}: cannot write the workbook "${path}": ${(e as Error).message}`);
  }
  return 0;
}

/** The file name a workbook's Summary names the inventory by (without its folder). */
export const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** The day a workbook is written (YYYY-MM-DD): in its Summary, never in its id. */
export const today = () => new Date().toISOString().slice(0, 10);
