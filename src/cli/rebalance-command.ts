import { rebalanceRead } from '../io/rebalance-inventory';
import { formatRebalance } from './format-rebalance';
import type { CommandIo } from './run';
import { runRunning } from './running-command';

/** `rebalance`: health of a running deployment's process servers and the moves that relieve them. */
export function rebalanceCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  return runRunning(
    {
      name: 'rebalance',
      compute: (inventory, servers, settings) => rebalanceRead(inventory, servers, settings),
      json: (done) => done.document,
      report: (done, files) => formatRebalance(done.document, done.rebalance, files),
    },
    argv,
    io,
  );
}
