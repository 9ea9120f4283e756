import type { Api, Ask, Endpoint, Tell } from './envelope';

/*
 * The worker's side of the kernel: one table of handlers, each a plain function of (state,
 * request) that returns the answer. Which request is newer, progress, pushes, transfers and
 * errors are handled here once, for every handler.
 */

/** Where a worker hears requests and answers (its global scope; a MessagePort in tests). */
export interface Port {
  onmessage: ((e: MessageEvent<Ask>) => void) | null;
  postMessage(message: Tell, transfer: Transferable[]): void;
}

/** What a handler may do besides answering. */
export interface Ctx<A, E extends Endpoint, P> {
  /** True once a request of the same type arrived after this one. */
  superseded(): boolean;
  /** True once a request of one of these types arrived after this one. */
  newer(...types: (keyof A & string)[]): boolean;
  /** Tells the page how far this request has come. */
  progress(value: E['progress']): void;
  /** Sends the page a message it did not ask for. */
  push<K extends keyof P & string>(type: K, value: P[K], transfer?: Transferable[]): void;
}

const TRANSFER = Symbol('transfer');

/** An answer whose buffers move to the page instead of being copied. */
export interface Transferred<T> {
  value: T;
  [TRANSFER]: Transferable[];
}

/** Marks an answer's buffers to be moved, not copied (the handler must not use them again). */
export function transfer<T>(value: T, list: Transferable[]): Transferred<T> {
  return { value, [TRANSFER]: list };
}

/** Thrown by a handler whose request no longer matters: the page hears "dropped", not an error. */
export class Dropped extends Error {}

type Answer<T> = T | Transferred<T>;

/** One request type's handler. */
export type Handler<S, A, E extends Endpoint, P> = (
  state: S,
  request: E['request'],
  ctx: Ctx<A, E, P>,
) => Answer<E['reply']> | Promise<Answer<E['reply']>>;

/** A handler for every request type of `A`. */
export type Handlers<S, A extends Api<A>, P> = { [K in keyof A]: Handler<S, A, A[K], P> };

const isTransferred = (v: unknown): v is Transferred<unknown> => typeof v === 'object' && v !== null && TRANSFER in v;

/** Answers the page's requests on `port` with `handlers`, over one `state`. */
export function serve<S, A extends Api<A>, P>(port: Port, state: S, handlers: Handlers<S, A, P>): void {
  const newest = new Map<string, number>();
  const post = (m: Tell, list: Transferable[] = []) => port.postMessage(m, list);
  const newerOf = (id: number, types: string[]) => types.some((t) => (newest.get(t) ?? 0) > id);
  const context = (id: number, type: string): Ctx<A, Endpoint, P> => ({
    superseded: () => newerOf(id, [type]),
    newer: (...types) => newerOf(id, types),
    progress: (value) => post({ kind: 'progress', id, value }),
    push: (t, value, list) => post({ kind: 'push', type: t, value }, list),
  });

  async function answer({ id, type, body }: Ask): Promise<void> {
    newest.set(type, Math.max(id, newest.get(type) ?? 0));
    try {
      const handler = (handlers as unknown as Record<string, Handler<S, A, Endpoint, P> | undefined>)[type];
      if (!handler) throw new Error(`the worker has no request type ${type}`);
      const out = await handler(state, body, context(id, type));
      if (isTransferred(out)) post({ kind: 'reply', id, value: out.value }, out[TRANSFER]);
      else post({ kind: 'reply', id, value: out });
    } catch (err) {
      post(
        err instanceof Dropped ? { kind: 'dropped', id } : { kind: 'error', id, message: err instanceof Error ? err.message : String(err) },
      );
    }
  }

  port.onmessage = (e) => void answer(e.data);
}
