#!/usr/bin/env node
// Entry of `npm run plan`; the command itself is in plan-command.ts.
import { planCommand } from './plan-command';
import { run } from './run';

run(planCommand);
