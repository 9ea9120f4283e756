import { readFileSync } from 'node:fs';
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { createAppStore, type AppStore } from '../../../src/ui/state/app-store';
import { channelWorkers } from '../../support/channel-worker';

/*
 * The page's store over the real plan worker (behind a MessageChannel): the pieces together, as
 * the views use them.
 */

const sample = (f: string) => readFileSync(`public/samples/${f}`, 'utf8');
const shop = sample('shop-60.csv');
const estate = sample('estate-1200.csv');

let stop = () => {};
afterEach(() => stop());

function start(): { store: AppStore; asked: ReturnType<typeof channelWorkers>['asked'] } {
  const workers = channelWorkers();
  const store = createRoot((dispose) => {
    const s = createAppStore({ lang: 'en', makeWorker: workers.make });
    stop = () => {
      s.actions.dispose();
      dispose();
      workers.closeAll();
    };
    return s;
  });
  return { store, asked: workers.asked };
}

const machinesShown = (store: AppStore) => store.state.plan?.summary.machines;

describe('the app store', () => {
  it('reads an inventory, then shows its plan and later its settled plan and what-if series', async () => {
    const { store } = start();
    store.actions.loadText('shop-60.csv', shop);
    expect(store.state.status).toBe('reading');
    await expect.poll(() => machinesShown(store)).toBe(60);
    expect(store.state.inventory?.machineCount).toBe(60);
    await expect.poll(() => store.state.settledPlan?.summary.machines).toBe(60);
    await expect.poll(() => store.state.whatIf?.length, { timeout: 5000 }).toBe(26);
  });

  it('plans a new inventory with the settings as they are when it is read, not as they were when reading began', async () => {
    const { store } = start();
    store.actions.loadText('shop-60.csv', shop);
    store.actions.setSetting('multiplier', 2);
    await expect.poll(() => machinesShown(store)).toBe(60);
    expect(store.state.plan?.settings.multiplier).toBe(2);
  });

  it('cancels a read and goes back to the inventory shown before', async () => {
    const { store } = start();
    store.actions.loadText('shop-60.csv', shop);
    await expect.poll(() => machinesShown(store)).toBe(60);
    store.actions.loadText('estate-1200.csv', estate);
    store.actions.cancelRead();
    await expect.poll(() => store.state.status).toBe('ready');
    await new Promise((r) => setTimeout(r, 200));
    expect(store.state.inventory?.name).toBe('shop-60.csv');
    expect(machinesShown(store)).toBe(60);
    expect(store.state.notices.map((n) => n.issue.code)).toContain('read-cancelled');
  });

  it('shows no plan after a failed read, and no rebalance either', async () => {
    const { store } = start();
    store.actions.loadText('shop-60.csv', shop);
    await expect.poll(() => machinesShown(store)).toBe(60);
    store.actions.loadText('bad.csv', 'nothing,here\n1,2\n');
    await expect.poll(() => store.state.status).toBe('failed');
    expect(store.state.plan).toBeNull();
    expect(store.state.inventory).toBeNull();
    expect(store.state.source?.name).toBe('bad.csv');
  });

  it('re-plans when settings are restored without an inventory (settings-only link)', async () => {
    const { store } = start();
    store.actions.loadText('shop-60.csv', shop);
    await expect.poll(() => machinesShown(store)).toBe(60);
    const settings = { ...DEFAULT_SETTINGS, multiplier: 2.5 };
    store.actions.restore({ v: 1, name: '', text: '', readOptions: {}, settings, lang: 'en' });
    await expect.poll(() => store.state.plan?.settings.multiplier).toBe(2.5);
  });

  it('asks for the rebalance again on every input change while the running view shows', async () => {
    const { store, asked } = start();
    const rebalances = () => asked.filter((a) => a.type === 'rebalance').length;
    store.actions.loadServerText('servers.csv', sample('running-deployment-servers.csv'));
    store.actions.loadText('running-deployment.csv', sample('running-deployment.csv'));
    await expect.poll(() => machinesShown(store)).toBeGreaterThan(0);
    expect(rebalances()).toBe(0);
    store.actions.setView('running');
    await expect.poll(() => store.state.rebalance?.ok).toBe(true);
    const changes = [
      () => store.actions.setSetting('headroomPercent', 80),
      () => store.actions.setLang('ko'),
      () => store.actions.removeServerFile(),
      () => store.actions.setSetting('multiplier', 1.5),
    ];
    for (const [i, change] of changes.entries()) {
      change();
      expect(rebalances()).toBe(i + 2);
    }
    // A setting a rebalance does not read asks nothing.
    store.actions.setSetting('strategy', 'least-vcpu');
    expect(rebalances()).toBe(5);
    await expect.poll(() => store.state.rebalance?.ok && store.state.rebalance.document.settings.multiplier).toBe(1.5);
  });

  it('answers the downloads built in the worker: assignments CSV and rebalance --json', async () => {
    const { store } = start();
    store.actions.loadServerText('servers.csv', sample('running-deployment-servers.csv'));
    store.actions.loadText('running-deployment.csv', sample('running-deployment.csv'));
    await expect.poll(() => machinesShown(store)).toBeGreaterThan(0);
    const [csv, json] = await Promise.all([store.actions.assignmentsCsv(), store.actions.rebalanceJson()]);
    expect(csv?.split('\r\n')[0]).toMatch(/^\uFEFF?machine,/);
    expect(JSON.parse(json!.json!).summary).toBeDefined();
  });
});

describe('cancelling after a column was mapped', () => {
  it('goes back to the inventory with its mapping (the read choice crosses to the worker as plain data)', async () => {
    const { store } = start();
    store.actions.loadText('estate-1200.csv', estate);
    await expect.poll(() => machinesShown(store)).toBe(1200);
    expect(store.state.inventory!.sites.length).toBeGreaterThan(1);
    store.actions.setColumn('site', -1);
    await expect.poll(() => store.state.status === 'ready' && store.state.inventory!.sites.length).toBe(1);
    store.actions.loadText('shop-60.csv', shop);
    store.actions.cancelRead();
    await expect.poll(() => store.state.status).toBe('ready');
    expect(store.state.inventory?.name).toBe('estate-1200.csv');
    expect(store.state.read.mapping?.site).toBe(-1);
    expect(store.state.inventory!.sites).toHaveLength(1);
  });
});
