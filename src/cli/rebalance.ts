#!/usr/bin/env node
// Entry of `npm run rebalance`; the command itself is in rebalance-command.ts.
import { rebalanceCommand } from './rebalance-command';
import { run } from './run';

run(rebalanceCommand);
