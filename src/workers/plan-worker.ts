/// <reference lib="webworker" />
import { serve, type Port } from './kernel';
import { planWorkerHandlers } from './plan-worker-handlers';
import { createWorkerState } from './worker-state';

/*
 * Reads and plans off the main thread. The machines of the last inventory stay here, so a slider
 * move sends only settings (see plan-worker-handlers for what it answers).
 */

serve(self as unknown as Port, createWorkerState(), planWorkerHandlers);
