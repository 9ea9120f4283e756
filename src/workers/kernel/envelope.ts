/*
 * The messages between the page and a worker, whatever the worker does: a request carries an id
 * and a type; the worker answers that id once (a reply, "dropped" or an error), may report
 * progress on it before, and may push messages nobody asked for.
 */

/** One request type: what it carries, what it answers, and what it reports on the way. */
export interface Endpoint {
  request: unknown;
  reply: unknown;
  progress?: unknown;
}

/** The request types a worker serves, by name. */
export type Api<A> = { [K in keyof A]: Endpoint };

/** Page → worker: one request. */
export interface Ask {
  id: number;
  type: string;
  body: unknown;
}

/** Worker → page. */
export type Tell =
  | { kind: 'reply'; id: number; value: unknown }
  | { kind: 'progress'; id: number; value: unknown }
  /** The request no longer mattered (a newer one came); there is no answer. */
  | { kind: 'dropped'; id: number }
  | { kind: 'error'; id: number; message: string }
  | { kind: 'push'; type: string; value: unknown };

/** A pushed message of one of the types in `P`, as the page receives it. */
export type Pushed<P> = { [K in keyof P]: { type: K; value: P[K] } }[keyof P];
