import { readFileSync } from 'node:fs';
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../../src/ui/state/app-store';
import { planKey } from '../../../src/workers/plan-key';
import { channelWorkers } from '../../support/channel-worker';

// The page's store over the real plan worker (behind a MessageChannel), as in app-store.test.ts.
const sample = (f: string) => readFileSync(`public/samples/${f}`, 'utf8');

let stop = () => {};
afterEach(() => stop());

function start(): AppStore {
  const workers = channelWorkers();
  return createRoot((dispose) => {
    const s = createAppStore({ lang: 'en', makeWorker: workers.make });
    stop = () => {
      s.actions.dispose();
      dispose();
      workers.closeAll();
    };
    return s;
  });
}

describe('the successor plan on the page', () => {
  it('follows a classic plan once settings rest, for exactly those settings, and is dropped when another inventory is read', async () => {
    const store = start();
    store.actions.loadText('shop-60.csv', sample('shop-60.csv'));
    await expect.poll(() => store.state.alternative?.forKey, { timeout: 5000 }).toBe(planKey(store.state.settings));
    expect(store.state.alternative).toMatchObject({ ruleSet: 'asr-modernized', servers: 1, lowerBound: 1 });
    store.actions.loadText('estate-1200.csv', sample('estate-1200.csv'));
    // The shop's figure must not stand beside the estate's plan, even for the same settings.
    expect(store.state.alternative).toBeNull();
    await expect.poll(() => store.state.plan?.summary.machines, { timeout: 5000 }).toBe(1200);
    await expect.poll(() => store.state.alternative?.servers, { timeout: 5000 }).toBeGreaterThan(1);
  });

  it('is none under a rule set without a successor', async () => {
    const store = start();
    store.actions.loadText('shop-60.csv', sample('shop-60.csv'));
    await expect.poll(() => store.state.alternative, { timeout: 5000 }).not.toBeNull();
    store.actions.setSetting('ruleSet', 'asr-modernized');
    await expect.poll(() => store.state.alternative, { timeout: 5000 }).toBeNull();
  });
});
