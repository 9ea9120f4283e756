import type { Result } from '../core/result';
import { inventoryFile } from '../io/inventory-file';
import { readInventorySource, workbookReadOptions, type InventorySource } from '../io/inventory-source';
import { factBuffers, machineFacts } from '../io/machine-facts';
import { checkTextSize } from '../io/limits';
import { transfer, type Transferred } from './kernel';
import type { ReadChoice, ReadReply, Source } from './protocol';
import { summarise } from './summarise';
import type { CtxOf, RequestOf, WorkerState } from './worker-state';

/**
 * Reads an inventory, reporting progress, and keeps its machines for the plans to come. A read
 * that fails leaves the inventory held before in place.
 */
export async function read(state: WorkerState, req: RequestOf<'read'>, ctx: CtxOf<'read'>): Promise<ReadReply | Transferred<ReadReply>> {
  const { sheet, ...choice } = req.read;
  const loaded = await loadText(req.source, sheet);
  if (!loaded.ok) return loaded;
  const { text, notices, workbook } = loaded.value;
  const totalRows = countLines(text);
  // Text taken from a workbook is read as such again when the page re-reads it (a column mapped by hand).
  const readChoice: ReadChoice = { ...choice, ...workbookReadOptions(workbook ?? choice.workbook) };
  const result = readInventorySource(loaded.value, {
    ...readChoice,
    onProgress: (p) => ctx.progress({ rows: p.rows, totalRows, bytes: p.bytes, totalBytes: p.totalBytes }),
  });
  if (!result.ok) return result;
  state.inventory = result.value;
  state.plans.clear();
  state.drag.last = null;
  const summary = summarise(req.source.name, result.value);
  summary.notices = [...notices, ...summary.notices];
  // The documents' machine lists (group, OS, churn) come with the read, once, not with every plan;
  // their buffers move to the page.
  const facts = machineFacts(result.value);
  return transfer({ ok: true, text, summary, facts, read: readChoice }, [...factBuffers(facts), summary.churns.buffer as ArrayBuffer]);
}

async function loadText(source: Source, sheet: string | undefined): Promise<Result<InventorySource>> {
  if (source.kind === 'text') {
    const size = checkTextSize(source.text);
    return size.ok ? { ok: true, value: { text: size.value, notices: [] } } : size;
  }
  return inventoryFile(source.file, sheet);
}

// Data rows are at most the line breaks after the header; good enough for a progress bar. An old
// Mac file ends its lines in CR alone.
function countLines(text: string): number {
  const brk = text.includes('\n') ? '\n' : '\r';
  let n = 0;
  for (let i = text.indexOf(brk); i >= 0; i = text.indexOf(brk, i + 1)) n++;
  return Math.max(1, n);
}
