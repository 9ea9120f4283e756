#!/usr/bin/env node
// The one entry of the command line: `asr-planner <command> …` (the bundle in dist-cli/, and
// `npm run plan|rebalance` through tsx). The commands are in commands.ts.
import { COMMANDS } from './commands';
import { dispatch } from './dispatch';
import { run } from './run';

run((argv, io) => dispatch(COMMANDS, argv, io));
