import type { RebalanceDocument } from '../documents';
import { csvFile, csvRow } from './csv-cell';

/** Header of the move-list export. */
const MOVES_HEADER = ['machine', 'site', 'group', 'from', 'to', 'churnGBPerDay', 'reason'] as const;

/**
 * The rebalance's moves, one row per machine in the document's order (critical servers' first),
 * with the English reason as `rebalance --json` gives it. Names come from someone's inventory,
 * so every text cell goes through `csvCell` (formula neutralisation, quoting).
 */
export function movesCsv(doc: Pick<RebalanceDocument, 'moves'>): string {
  const lines = [csvRow(MOVES_HEADER)];
  for (const m of doc.moves) lines.push(csvRow([m.machine, m.site, m.group, m.from, m.to, m.churnGBPerDay, m.reason]));
  return csvFile(lines);
}
