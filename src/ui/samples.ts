import type { MessageKey } from '../i18n/catalogue';

/** Sample inventories shipped in public/samples/. */
export const SAMPLES: { id: string; file: string; label: MessageKey; view: 'plan' | 'running' }[] = [
  { id: 'shop', file: 'shop-60.csv', label: 'sample.shop', view: 'plan' },
  { id: 'estate', file: 'estate-1200.csv', label: 'sample.estate', view: 'plan' },
  { id: 'running', file: 'running-deployment.csv', label: 'sample.running', view: 'running' },
];

/** Fetches a sample from the page's own origin. */
export async function fetchSample(file: string): Promise<string> {
  const res = await fetch(new URL(`samples/${file}`, document.baseURI));
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return res.text();
}
