import { migrateCommand } from './migrate-command';
import { planCommand } from './plan-command';
import { rebalanceCommand } from './rebalance-command';
import type { Command } from './run';

/** A subcommand of `asr-planner`: what it does, and its code (`null`: named, not in this version). */
export interface CommandEntry {
  about: string;
  run: Command | null;
}

/** The subcommands, in the order `asr-planner --help` lists them. Adding one is one line. */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  plan: { about: 'process servers to deploy for an inventory', run: planCommand },
  rebalance: { about: "health of a running deployment's process servers, and the moves that relieve them", run: rebalanceCommand },
  migrate: { about: 'a migration plan from classic to replication appliances', run: migrateCommand },
};
