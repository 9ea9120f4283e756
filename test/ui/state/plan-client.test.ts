import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { planDocument } from '../../../src/core/plan-document';
import { plan } from '../../../src/core/planner';
import { createPlanClient } from '../../../src/ui/state/plan-client';
import { packPlan } from '../../../src/workers/packed-plan';
import type { Request, Response } from '../../../src/workers/protocol';
import { fleet } from '../../support/machines';

// A worker stand-in: records what the page sends and lets the test reply in any order.
function fakeWorker() {
  const sent: Request[] = [];
  const w = {
    onmessage: null as ((e: MessageEvent<Response>) => void) | null,
    onerror: null,
    postMessage: (m: Request) => sent.push(m),
    terminate: () => {},
  };
  return { worker: w as unknown as Worker, sent, reply: (r: Response) => w.onmessage!({ data: r } as MessageEvent<Response>) };
}

const packed = packPlan(planDocument(plan(fleet(5, 1), DEFAULT_SETTINGS), 5, []));

describe('plan client', () => {
  it('never lets an older plan land after a newer one', () => {
    const fake = fakeWorker();
    const seen: number[] = [];
    const client = createPlanClient(
      (r) => r.type === 'plan' && seen.push(r.id),
      () => fake.worker,
    );
    const a = client.send({ type: 'plan', settings: { ...DEFAULT_SETTINGS, headroomPercent: 90 } });
    const b = client.send({ type: 'plan', settings: { ...DEFAULT_SETTINGS, headroomPercent: 80 } });
    fake.reply({ type: 'plan', id: b, plan: packed, planMs: 1 });
    fake.reply({ type: 'plan', id: a, plan: packed, planMs: 1 });
    expect(seen).toEqual([b]);
  });

  it('drops plans of an inventory older than the last one asked for', () => {
    const fake = fakeWorker();
    const seen: number[] = [];
    const client = createPlanClient(
      (r) => r.type === 'plan' && seen.push(r.id),
      () => fake.worker,
    );
    const old = client.send({ type: 'plan', settings: DEFAULT_SETTINGS });
    client.send({
      type: 'read',
      source: { kind: 'text', text: 'name,dailyChurnGB\na,1', name: 'x.csv' },
      read: {},
      settings: DEFAULT_SETTINGS,
    });
    fake.reply({ type: 'plan', id: old, plan: packed, planMs: 1 });
    expect(seen).toEqual([]);
  });

  it('shows a plan the worker guessed at once, and tells the worker it needs no answer', () => {
    const fake = fakeWorker();
    const seen: number[] = [];
    const client = createPlanClient(
      (r) => r.type === 'plan' && seen.push(r.id),
      () => fake.worker,
    );
    const settings = { ...DEFAULT_SETTINGS, headroomPercent: 75 };
    fake.reply({ type: 'guess', id: 0, settings, plan: packed });
    const id = client.send({ type: 'plan', settings: { ...settings } });
    expect(seen).toEqual([id]);
    expect(fake.sent.at(-1)).toMatchObject({ type: 'plan', id, known: true });
  });

  it('forgets guesses when a new inventory is read', () => {
    const fake = fakeWorker();
    const seen: number[] = [];
    const client = createPlanClient(
      (r) => r.type === 'plan' && seen.push(r.id),
      () => fake.worker,
    );
    fake.reply({ type: 'guess', id: 0, settings: DEFAULT_SETTINGS, plan: packed });
    client.send({
      type: 'read',
      source: { kind: 'text', text: 'name,dailyChurnGB\na,1', name: 'x.csv' },
      read: {},
      settings: DEFAULT_SETTINGS,
    });
    client.send({ type: 'plan', settings: DEFAULT_SETTINGS });
    expect(seen).toEqual([]);
    expect(fake.sent.at(-1)).not.toHaveProperty('known');
  });
});
