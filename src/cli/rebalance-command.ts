import { rebalanceWorkbookSheets } from '../io/plan-workbook';
import { rebalanceRead } from '../io/rebalance-inventory';
import { formatRebalance } from './format-rebalance';
import type { CommandIo } from './run';
import { runRunning } from './running-command';

/** `rebalance`: health of a running deployment's process servers and the moves that relieve them; `--xlsx` writes the moves workbook. */
export function rebalanceCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  return runRunning(
    {
      name: 'rebalance',
      compute: (inventory, servers, settings) => rebalanceRead(inventory, servers, settings),
      published: (done) => done.document,
      workbook: rebalanceWorkbookSheets,
      report: (done, files, id) => formatRebalance(done.document, done.rebalance, files, id),
    },
    argv,
    io,
  );
}
