import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type PlanSettings } from '../../../src/core/model';
import { planDocument } from '../../../src/core/plan-document';
import { plan } from '../../../src/core/planner';
import { createWorkerClient } from '../../../src/ui/kernel/worker-client';
import { createGuesses } from '../../../src/ui/state/guesses';
import { createPlanFeed } from '../../../src/ui/state/plan-feed';
import { packPlan } from '../../../src/workers/packed-plan';
import type { PlanWorkerApi, PlanWorkerPushes } from '../../../src/workers/protocol';
import { fakeWorker, settled } from '../../support/fake-worker';
import { fleet } from '../../support/machines';

const machines = fleet(5, 1);
const packedAt = (headroomPercent: number) => packPlan(planDocument(plan(machines, { ...DEFAULT_SETTINGS, headroomPercent }), 5, []));

let dispose = () => {};
afterEach(() => dispose());

// The plan feed over a worker the test answers by hand; `shown` lists the headroom of every plan that landed.
function feed() {
  const fake = fakeWorker();
  const guesses = createGuesses();
  const client = createWorkerClient<PlanWorkerApi, PlanWorkerPushes>(() => fake.worker, {
    push: (m) => guesses.keep(m.value.settings, m.value.plan),
    error: () => {},
  });
  const f = createRoot((d) => {
    dispose = d;
    return createPlanFeed(client, guesses, () => true);
  });
  const shown: number[] = [];
  const show = () => f.state.plan && shown.push(f.state.plan.settings.headroomPercent);
  return { fake, f, shown, show, answer: async (id: number, h: number) => (fake.reply(id, packedAt(h)), await settled(), show()) };
}

describe('the plan feed', () => {
  it('never lets an older plan land after a newer one', async () => {
    const { fake, f, shown, answer } = feed();
    f.actions.setSetting('headroomPercent', 90);
    f.actions.setSetting('headroomPercent', 80);
    const [a, b] = fake.ids('plan');
    await answer(b!, 80);
    await answer(a!, 90);
    expect(shown).toEqual([80, 80]);
  });

  it('lands the plans of a drag in order, each as it comes', async () => {
    const { fake, f, shown, answer } = feed();
    for (const h of [90, 89, 88]) f.actions.setSetting('headroomPercent', h);
    const ids = fake.ids('plan');
    for (const [i, h] of [90, 89, 88].entries()) await answer(ids[i]!, h);
    expect(shown).toEqual([90, 89, 88]);
  });

  it('drops plans of an inventory older than the last one asked for', async () => {
    const { fake, f, answer } = feed();
    f.replan();
    f.forget();
    await answer(fake.ids('plan')[0]!, 100);
    expect(f.state.plan).toBeNull();
  });

  it('shows a plan the worker guessed at once, and tells the worker it needs no answer', async () => {
    const { fake, f, shown, show } = feed();
    const settings: PlanSettings = { ...DEFAULT_SETTINGS, headroomPercent: 75 };
    fake.tell({ kind: 'push', type: 'guess', value: { settings, plan: packedAt(75) } });
    f.actions.setSetting('headroomPercent', 75);
    await Promise.resolve();
    await Promise.resolve();
    show();
    expect(shown).toEqual([75]);
    expect(fake.asked.at(-1)).toMatchObject({ type: 'plan', body: { known: true } });
  });

  it('shows a guess again, as it was, when the slider comes back to it (the worker pushes each plan once)', async () => {
    const { fake, f, shown, show, answer } = feed();
    const settings: PlanSettings = { ...DEFAULT_SETTINGS, headroomPercent: 75 };
    fake.tell({ kind: 'push', type: 'guess', value: { settings, plan: packedAt(75) } });
    f.actions.setSetting('headroomPercent', 75);
    f.actions.setSetting('headroomPercent', 76);
    await answer(fake.ids('plan').at(-1)!, 76);
    f.actions.setSetting('headroomPercent', 75);
    await settled();
    show();
    expect(shown).toEqual([76, 75]);
    expect(fake.asked.at(-1)).toMatchObject({ type: 'plan', body: { known: true } });
  });

  it('forgets guesses when a new inventory is read', async () => {
    const { fake, f } = feed();
    fake.tell({ kind: 'push', type: 'guess', value: { settings: DEFAULT_SETTINGS, plan: packedAt(100) } });
    f.forget();
    f.replan();
    await settled();
    expect(f.state.plan).toBeNull();
    expect(fake.asked.at(-1)).toMatchObject({ type: 'plan', body: { known: false } });
  });

  it('asks for the what-if series once plans pause, and shows it', async () => {
    const { fake, f, answer } = feed();
    f.replan();
    await answer(fake.ids('plan')[0]!, 100);
    expect(fake.ids('whatIf')).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    const [id] = fake.ids('whatIf');
    fake.reply(id!, [{ multiplier: 1, scaleOutServers: 1, unplaced: 0 }]);
    await settled();
    expect(f.state.whatIf).toHaveLength(1);
  });
});

describe('the link to Azure in the plan feed (issue 15)', () => {
  const link = { allSitesMbps: 100, siteMbps: { Seoul: 50 }, irGoalHours: 24 };

  it('posts settings a worker can clone (the store’s nested link is a proxy; a structured clone refuses one)', () => {
    const { fake, f } = feed();
    f.actions.setSetting('link', link);
    const asked = fake.asked.filter((a) => a.type === 'plan').at(-1)!;
    const posted = structuredClone(asked.body) as { settings: PlanSettings };
    expect(posted.settings.link).toEqual(link);
  });

  it('drops a link set before when settings without one are restored, and changes a site’s figure whole', () => {
    const { f } = feed();
    f.actions.setSetting('link', link);
    f.actions.setSetting('link', { ...link, siteMbps: {} });
    expect(f.state.settings.link).toEqual({ ...link, siteMbps: {} });
    f.actions.setSettings({ ...DEFAULT_SETTINGS });
    expect(f.state.settings.link).toBeUndefined();
  });
});
