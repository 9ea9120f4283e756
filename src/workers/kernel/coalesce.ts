import type { Endpoint } from './envelope';
import { Dropped, type Handler } from './serve';

/** Lets whatever else is queued run (newer requests are heard) before going on. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Coalesces bursts of one request type to the newest: each request waits one task, and is
 * dropped if another of its type arrived meanwhile. A slider dragged faster than plans are made
 * then costs one plan per task, not one per position.
 */
export function coalesce<S, A, E extends Endpoint, P>(handler: Handler<S, A, E, P>): Handler<S, A, E, P> {
  return async (state, request, ctx) => {
    await nextTask();
    if (ctx.superseded()) throw new Dropped();
    return handler(state, request, ctx);
  };
}
