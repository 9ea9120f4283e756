import { NoAnswer } from './worker-client';

/** A request whose answers never go backwards (see `latest`). */
interface Latest<Q, R> {
  /** Asks; resolves with the answer, or undefined when it came too late to show or never came. */
  (query: Q): Promise<R | undefined>;
  /** Makes every answer still to come of calls so far too late (their inventory is gone). */
  forget(): void;
}

/**
 * Wraps a request so its answers never go backwards: an answer is passed on only if no answer
 * of a later call was passed on before it. Answers that come in order all land (the plans of a
 * drag, one after another); one overtaken by a newer answer is dropped. `live()`, given to
 * `ask`, says whether this call's answer would still land (for its progress reports).
 */
export function latest<Q, R>(ask: (query: Q, live: () => boolean) => Promise<R>): Latest<Q, R> {
  let asked = 0;
  let landed = 0;
  const call = async (query: Q): Promise<R | undefined> => {
    const mine = ++asked;
    const live = () => mine > landed;
    try {
      const answer = await ask(query, live);
      if (!live()) return undefined;
      landed = mine;
      return answer;
    } catch (err) {
      if (err instanceof NoAnswer) return undefined;
      throw err;
    }
  };
  return Object.assign(call, { forget: () => void (landed = asked) });
}
