import type { MigrationBatch } from '../../core/migrate';
import type { Machine } from '../../core/model';
import { csvFile, csvRow } from './csv-cell';

/** Header of the batches export (issue 13). */
const BATCHES_HEADER = ['batch', 'site', 'appliance', 'machine', 'group', 'fromServer', 'hoursIfHealthy', 'hoursOtherwise'] as const;

/**
 * The migration batches, one row per machine in batch order: its group and classic server from the
 * inventory, the batch's times (`1-2` when healthy; empty when unknown). Names come from someone's
 * inventory, so every text cell goes through `csvCell` (formula neutralisation, quoting).
 */
export function batchesCsv(batches: readonly MigrationBatch[], machines: readonly Machine[]): string {
  const byName = new Map(machines.map((m) => [m.name, m]));
  const lines = [csvRow(BATCHES_HEADER)];
  for (const b of batches)
    for (const name of b.machines) {
      const m = byName.get(name);
      const healthy = `${b.hoursIfHealthy[0]}-${b.hoursIfHealthy[1]}`;
      lines.push(csvRow([b.id, b.site, b.appliance, name, m?.group ?? '', m?.processServer ?? '', healthy, b.hoursOtherwise ?? '']));
    }
  return csvFile(lines);
}
