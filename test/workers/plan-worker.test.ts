import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { readInventory } from '../../src/io/inventory';
import { planRead } from '../../src/io/plan-inventory';
import { createWorkerClient, NoAnswer } from '../../src/ui/kernel/worker-client';
import { unpacker } from '../../src/workers/packed-plan';
import type { PlanWorkerApi, PlanWorkerPushes } from '../../src/workers/protocol';
import { channelWorkers } from '../support/channel-worker';

/*
 * The plan worker's serve table, run as in the browser (behind a MessageChannel): what each
 * request type answers, which requests make older ones moot, and what it pushes.
 */

const shop = readFileSync('public/samples/shop-60.csv', 'utf8');
const running = readFileSync('public/samples/running-deployment.csv', 'utf8');
const servers = readFileSync('public/samples/running-deployment-servers.csv', 'utf8');
const rebalanceSettings = { multiplier: 1, growthPercent: 0, headroomPercent: 100 };

let close = () => {};
afterEach(() => close());

function start() {
  const workers = channelWorkers();
  close = workers.closeAll;
  const errors: (string | null)[] = [];
  const guesses: PlanWorkerPushes['guess'][] = [];
  const client = createWorkerClient<PlanWorkerApi, PlanWorkerPushes>(workers.make, {
    push: (m) => guesses.push(m.value),
    error: (message) => errors.push(message),
  });
  const readText = (text: string, name = 'x.csv') => client.request('read', { source: { kind: 'text', text, name }, read: {} });
  return { client, errors, guesses, readText };
}

describe('the plan worker', () => {
  it('reads with progress, then plans exactly what the CLI plans', async () => {
    const { client } = start();
    const progress: number[] = [];
    const read = await client.request('read', { source: { kind: 'text', text: shop, name: 'shop-60.csv' }, read: {} }, (p) =>
      progress.push(p.rows),
    );
    expect(read.ok && read.summary.machineCount).toBe(60);
    expect(progress.length).toBeGreaterThan(0);
    const packed = await client.request('plan', { settings: DEFAULT_SETTINGS });
    const cli = readInventory(shop);
    expect(cli.ok && unpacker(packed!).whole()).toEqual(cli.ok && planRead(cli.value, DEFAULT_SETTINGS).document);
  });

  it('says why a read failed as data, and keeps the inventory it held', async () => {
    const { client, readText } = start();
    await readText(shop);
    const failed = await readText('nothing,here\n1,2\n');
    expect(failed.ok).toBe(false);
    expect(await client.request('plan', { settings: DEFAULT_SETTINGS })).not.toBeNull();
  });

  it('answers null to a plan before any inventory, and to a plan the page already has', async () => {
    const { client, readText } = start();
    expect(await client.request('plan', { settings: DEFAULT_SETTINGS })).toBeNull();
    await readText(shop);
    expect(await client.request('plan', { settings: DEFAULT_SETTINGS, known: true })).toBeNull();
  });

  it('coalesces a burst of plans to the newest', async () => {
    const { client, readText } = start();
    await readText(shop);
    const burst = [90, 80, 70].map((headroomPercent) => client.request('plan', { settings: { ...DEFAULT_SETTINGS, headroomPercent } }));
    const answers = await Promise.allSettled(burst);
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect(answers[2]!.status === 'fulfilled' && answers[2]!.value!.document.settings.headroomPercent).toBe(70);
  });

  it('plans ahead of a drag and pushes the guesses, each at the slider’s next steps', async () => {
    const { client, guesses, readText } = start();
    await readText(shop);
    await client.request('plan', { settings: { ...DEFAULT_SETTINGS, headroomPercent: 90 } });
    await client.request('plan', { settings: { ...DEFAULT_SETTINGS, headroomPercent: 89 } });
    await expect.poll(() => guesses.map((g) => g.settings.headroomPercent).slice(-3)).toEqual([88, 87, 86]);
    expect(guesses.at(-1)!.plan.document.settings.headroomPercent).toBe(86);
  });

  it('drops a what-if series when a newer plan arrives, and answers one left alone', async () => {
    const { client, readText } = start();
    await readText(shop);
    const series = client.request('whatIf', { settings: DEFAULT_SETTINGS, multipliers: [1, 2, 3, 4, 5, 6] }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 0));
    await client.request('plan', { settings: DEFAULT_SETTINGS });
    expect(await series).toBeInstanceOf(NoAnswer);
    const points = await client.request('whatIf', { settings: DEFAULT_SETTINGS, multipliers: [1, 2] });
    expect(points.map((p) => p.multiplier)).toEqual([1, 2]);
  });

  it('builds the assignments CSV, and says so when there is no inventory', async () => {
    const { client, errors, readText } = start();
    await expect(client.request('assignmentsCsv', { settings: DEFAULT_SETTINGS })).rejects.toBeInstanceOf(NoAnswer);
    expect(errors).toEqual(['no inventory loaded']);
    await readText(shop);
    const csv = await client.request('assignmentsCsv', { settings: DEFAULT_SETTINGS });
    expect(csv.trim().split(/\r?\n/)).toHaveLength(61);
  });

  it('rebalances with the server file, coalescing rebalances but never a rebalance --json', async () => {
    const { client, readText } = start();
    await readText(running);
    const ask = { settings: rebalanceSettings, servers, lang: 'en' as const };
    const [older, json, newer] = await Promise.allSettled([
      client.request('rebalance', ask),
      client.request('rebalanceJson', { settings: rebalanceSettings, servers }),
      client.request('rebalance', { ...ask, lang: 'ko' }),
    ]);
    expect(older.status).toBe('rejected');
    expect(json.status === 'fulfilled' && JSON.parse(json.value.json!).summary).toBeDefined();
    expect(newer.status === 'fulfilled' && newer.value.ok).toBe(true);
  });
});
