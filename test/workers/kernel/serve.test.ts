import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkerClient, NoAnswer } from '../../../src/ui/kernel/worker-client';
import { coalesce, nextTask } from '../../../src/workers/kernel/coalesce';
import { Dropped, serve, transfer, type Handlers, type Port } from '../../../src/workers/kernel/serve';

// A toy worker: the kernel knows nothing of plans, so its behaviour is tested on its own.
type Toy = {
  echo: { request: string; reply: string };
  count: { request: number; reply: number; progress: number };
  burst: { request: number; reply: number };
  slow: { request: number; reply: number };
  bytes: { request: number; reply: Uint8Array };
  boom: { request: null; reply: never };
};
type ToyPushes = { note: string };

const ran: number[] = [];
let sent: Uint8Array | null = null;
const handlers: Handlers<{ hits: number }, Toy, ToyPushes> = {
  echo: (state, text, ctx) => {
    state.hits++;
    ctx.push('note', `heard ${text}`);
    return text.toUpperCase();
  },
  count: (_, n, ctx) => {
    for (let i = 1; i <= n; i++) ctx.progress(i);
    return n;
  },
  burst: coalesce((_, n) => {
    ran.push(n);
    return n;
  }),
  // Gives way at every step and stops once an echo or a newer slow request arrives.
  slow: async (_, steps, ctx) => {
    for (let i = 0; i < steps; i++) {
      if (ctx.newer('echo') || ctx.superseded()) throw new Dropped();
      await nextTask();
    }
    return steps;
  },
  bytes: (_, n) => {
    sent = new Uint8Array(n);
    return transfer(sent, [sent.buffer]);
  },
  boom: () => {
    throw new Error('kaput');
  },
};

const open: MessagePort[] = [];
afterEach(() => {
  open.splice(0).forEach((p) => p.close());
  ran.length = 0;
});

function start() {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  const state = { hits: 0 };
  serve(port2 as unknown as Port, state, handlers);
  const errors: (string | null)[] = [];
  const pushes: unknown[] = [];
  const worker = { onmessage: null, onerror: null, postMessage: (m: unknown) => port1.postMessage(m), terminate: () => port1.close() };
  Object.defineProperty(worker, 'onmessage', { set: (f: (e: MessageEvent) => void) => (port1.onmessage = f) });
  const client = createWorkerClient<Toy, ToyPushes>(() => worker as unknown as Worker, {
    push: (m) => pushes.push(m),
    error: (message) => errors.push(message),
  });
  return { client, state, errors, pushes };
}

describe('the worker kernel', () => {
  it('answers each request by its id, with one state for all handlers, and pushes what nobody asked', async () => {
    const { client, state, pushes } = start();
    const [a, b] = await Promise.all([client.request('echo', 'a'), client.request('echo', 'b')]);
    expect([a, b]).toEqual(['A', 'B']);
    expect(state.hits).toBe(2);
    expect(pushes).toEqual([
      { type: 'note', value: 'heard a' },
      { type: 'note', value: 'heard b' },
    ]);
  });

  it('reports progress to the one who asked before the answer', async () => {
    const { client } = start();
    const seen: number[] = [];
    expect(await client.request('count', 3, (p) => seen.push(p))).toBe(3);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('coalesces a burst of one type to its newest; the others get no answer', async () => {
    const { client } = start();
    const answers = await Promise.allSettled([1, 2, 3, 4].map((n) => client.request('burst', n)));
    expect(ran).toEqual([4]);
    expect(answers.slice(0, 3).every((a) => a.status === 'rejected' && a.reason instanceof NoAnswer)).toBe(true);
    expect(answers[3]).toEqual({ status: 'fulfilled', value: 4 });
  });

  it('lets a long handler give way to newer requests of the types it names', async () => {
    const { client } = start();
    const slow = client.request('slow', 50);
    await nextTask();
    expect(await client.request('echo', 'x')).toBe('X');
    await expect(slow).rejects.toBeInstanceOf(NoAnswer);
    expect(await client.request('slow', 3)).toBe(3);
  });

  it('moves transferred buffers instead of copying them', async () => {
    const { client } = start();
    expect((await client.request('bytes', 8)).byteLength).toBe(8);
    // Moved: the worker's side no longer holds it.
    expect(sent!.byteLength).toBe(0);
  });

  it('turns a failing handler into one reported error and no answer', async () => {
    const { client, errors } = start();
    await expect(client.request('boom', null)).rejects.toBeInstanceOf(NoAnswer);
    expect(errors).toEqual(['kaput']);
  });

  it('answers a request type it does not serve with an error, not silence', async () => {
    const { client, errors } = start();
    await expect(client.request('nothing' as 'echo', 'x')).rejects.toBeInstanceOf(NoAnswer);
    expect(errors[0]).toMatch(/no request type nothing/);
  });

  it('on restart, gives every waiting request no answer and goes on with a new worker', async () => {
    const made: { terminated: boolean; asked: unknown[] }[] = [];
    const client = createWorkerClient<Toy>(
      () => {
        const w = { onmessage: null, onerror: null, asked: [] as unknown[], terminated: false };
        made.push(w);
        return Object.assign(w, {
          postMessage: (m: unknown) => w.asked.push(m),
          terminate: () => (w.terminated = true),
        }) as unknown as Worker;
      },
      { error: vi.fn() },
    );
    const waiting = client.request('echo', 'a');
    client.restart();
    await expect(waiting).rejects.toBeInstanceOf(NoAnswer);
    void client.request('echo', 'b').catch(() => {});
    expect(made.map((w) => [w.terminated, w.asked.length])).toEqual([
      [true, 1],
      [false, 1],
    ]);
  });
});
