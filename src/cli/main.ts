#!/usr/bin/env node
// The one entry of the command line: `asr-planner <command> …` (the bundle in dist-cli/, and
// `npm run plan|rebalance` through tsx). The commands are in commands.ts.
import pkg from '../../package.json';
import { COMMANDS } from './commands';
import { dispatch } from './dispatch';
import { run } from './run';

void run((argv, io) => dispatch({ version: pkg.version, commands: COMMANDS }, argv, io));
