import type { Api, Ask, Pushed, Tell } from '../../workers/kernel';

/*
 * The page's side of the kernel: every request is a promise of its answer. Matching replies to
 * requests, progress, pushes and a worker that fails live here once, for every caller.
 */

/**
 * A request that got no answer: a newer one made it moot, the worker was replaced, or the worker
 * failed (already reported through `onError`). Callers drop it; `latest()` does so for them.
 */
export class NoAnswer extends Error {}

/** The page's handle on one worker. */
export interface WorkerClient<A extends Api<A>> {
  /** Sends a request; resolves with its answer (rejects with `NoAnswer` when there is none). */
  request<K extends keyof A & string>(type: K, body: A[K]['request'], onProgress?: (p: A[K]['progress']) => void): Promise<A[K]['reply']>;
  /** Stops whatever the worker is doing by replacing it; requests waiting get no answer. */
  restart(): void;
  dispose(): void;
}

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (e: NoAnswer) => void;
  progress?: (p: unknown) => void;
}

/** Starts a worker and talks to it. Pushed messages go to `onPush`, failures (said once each, with the error's own text) to `onError`. */
export function createWorkerClient<A extends Api<A>, P = Record<never, never>>(
  make: () => Worker,
  on: { push?: (m: Pushed<P>) => void; error: (detail: string | null) => void },
): WorkerClient<A> {
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let worker = start();

  function start(): Worker {
    const w = make();
    w.onmessage = (e: MessageEvent<Tell>) => receive(e.data);
    // No text of its own (a worker that failed to load): the notice says the planner stopped.
    w.onerror = (e) => on.error(e.message || null);
    return w;
  }

  function receive(t: Tell): void {
    if (t.kind === 'push') return on.push?.({ type: t.type, value: t.value } as Pushed<P>);
    const w = waiting.get(t.id);
    if (!w) return;
    if (t.kind === 'progress') return w.progress?.(t.value);
    waiting.delete(t.id);
    if (t.kind === 'reply') return w.resolve(t.value);
    if (t.kind === 'error') on.error(t.message);
    w.reject(new NoAnswer(t.kind === 'error' ? t.message : 'dropped'));
  }

  function abandonAll(): void {
    for (const w of waiting.values()) w.reject(new NoAnswer('the worker was replaced'));
    waiting.clear();
  }

  return {
    request(type, body, onProgress) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject, progress: onProgress as (p: unknown) => void });
        worker.postMessage({ id, type, body } satisfies Ask);
      });
    },
    restart() {
      worker.terminate();
      abandonAll();
      worker = start();
    },
    dispose() {
      worker.terminate();
      abandonAll();
    },
  };
}

/** The answer, or null when there is none (a failure is reported where it happens). */
export function answerOrNull<T>(answer: Promise<T>): Promise<T | null> {
  return answer.catch((err: unknown) => {
    if (err instanceof NoAnswer) return null;
    throw err;
  });
}
