import { ok } from '../core/result';
import { migrateRead } from '../io/migrate-inventory';
import { migrationWorkbookSheets } from '../io/plan-workbook';
import { formatMigrate } from './format-migrate';
import type { CommandIo } from './run';
import { runRunning } from './running-command';

/** `migrate`: the plan of a running classic deployment's move to replication appliances; `--xlsx` writes the batches workbook. */
export function migrateCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  return runRunning(
    {
      name: 'migrate',
      compute: (inventory, servers, settings) => {
        const r = migrateRead(inventory, servers, settings);
        return r.ok ? ok(r.value.document) : r;
      },
      published: (doc) => doc,
      workbook: migrationWorkbookSheets,
      report: formatMigrate,
    },
    argv,
    io,
  );
}
