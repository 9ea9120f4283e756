import { describe, expect, it } from 'vitest';
import { latest } from '../../../src/ui/kernel/latest';
import { NoAnswer } from '../../../src/ui/kernel/worker-client';

// Requests a test answers by hand, in any order.
function manual() {
  const open: { q: number; answer: (v: string) => void; fail: (e: Error) => void; live: () => boolean }[] = [];
  const ask = latest(
    (q: number, live) =>
      new Promise<string>((answer, fail) => {
        open.push({ q, answer, fail, live });
      }),
  );
  return { ask, open };
}

describe('latest', () => {
  it('never goes backwards: an answer overtaken by a newer one is dropped', async () => {
    const { ask, open } = manual();
    const a = ask(1);
    const b = ask(2);
    open[1]!.answer('two');
    open[0]!.answer('one');
    expect(await b).toBe('two');
    expect(await a).toBeUndefined();
  });

  it('lets answers that come in order all land (the plans of a drag)', async () => {
    const { ask, open } = manual();
    const calls = [ask(1), ask(2), ask(3)];
    open.forEach((o) => o.answer(`#${o.q}`));
    expect(await Promise.all(calls)).toEqual(['#1', '#2', '#3']);
  });

  it('forgets every call so far (a new inventory is on its way)', async () => {
    const { ask, open } = manual();
    const old = ask(1);
    ask.forget();
    const fresh = ask(2);
    open[0]!.answer('old');
    open[1]!.answer('new');
    expect(await old).toBeUndefined();
    expect(await fresh).toBe('new');
  });

  it('says whether a call would still land, for its progress', async () => {
    const { ask, open } = manual();
    void ask(1);
    const b = ask(2);
    expect(open[0]!.live()).toBe(true);
    open[1]!.answer('two');
    await b;
    expect(open[0]!.live()).toBe(false);
  });

  it('turns no answer into undefined and lets other errors through', async () => {
    const { ask, open } = manual();
    const dropped = ask(1);
    const broken = ask(2);
    open[0]!.fail(new NoAnswer('dropped'));
    open[1]!.fail(new TypeError('bug'));
    expect(await dropped).toBeUndefined();
    await expect(broken).rejects.toBeInstanceOf(TypeError);
  });
});
