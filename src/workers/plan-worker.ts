/// <reference lib="webworker" />
import { addCatalogue } from '../i18n/catalogue';
import { ko } from '../i18n/catalogue-ko';
import { serve, type Port } from './kernel';
import { planWorkerHandlers } from './plan-worker-handlers';
import { createWorkerState } from './worker-state';

/*
 * Reads and plans off the main thread. The machines of the last inventory stay here, so a slider
 * move sends only settings (see plan-worker-handlers for what it answers).
 */

// The running view's sentences come from here in the page's language: the worker bundles Korean
// (it is off the first load) rather than fetching it while a request waits.
addCatalogue('ko', ko);
serve(self as unknown as Port, createWorkerState(), planWorkerHandlers);
