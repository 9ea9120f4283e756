import type { MessageKey } from '../i18n/catalogue';
import { sampleText } from '../io/sample-source';

/** Sample inventories shipped in public/samples/. */
export const SAMPLES: { id: string; file: string; label: MessageKey; view: 'plan' | 'running' }[] = [
  { id: 'shop', file: 'shop-60.csv', label: 'sample.shop', view: 'plan' },
  { id: 'estate', file: 'estate-1200.csv', label: 'sample.estate', view: 'plan' },
  { id: 'running', file: 'running-deployment.csv', label: 'sample.running', view: 'running' },
];

/** The text of a shipped sample (fetched, or inlined in the single-file build). */
export const fetchSample = sampleText;
