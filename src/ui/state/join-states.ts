type Joined<T extends object[]> = T extends [infer H, ...infer R extends object[]] ? H & Joined<R> : unknown;

/**
 * One read-only view over several stores: each key reads the store that holds it, so reading it
 * in JSX or a memo tracks that store as if it were read directly. Keys are those each store
 * starts with (the pieces declare every field up front); two pieces may not hold the same key.
 */
export function joinStates<T extends object[]>(...parts: T): Joined<T> {
  const view = {};
  for (const part of parts) {
    for (const key of Object.keys(part)) {
      if (key in view) throw new Error(`two parts of the state hold "${key}"`);
      Object.defineProperty(view, key, { get: () => (part as Record<string, unknown>)[key], enumerable: true });
    }
  }
  return view as Joined<T>;
}
