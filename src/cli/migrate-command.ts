import { ok } from '../core/result';
import { migrateRead } from '../io/migrate-inventory';
import { formatMigrate } from './format-migrate';
import type { CommandIo } from './run';
import { runRunning } from './running-command';

/** `migrate`: the plan of a running classic deployment's move to replication appliances. */
export function migrateCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  return runRunning(
    {
      name: 'migrate',
      compute: (inventory, servers, settings) => {
        const r = migrateRead(inventory, servers, settings);
        return r.ok ? ok(r.value.document) : r;
      },
      report: formatMigrate,
    },
    argv,
    io,
  );
}
