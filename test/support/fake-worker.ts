import type { Ask, Tell } from '../../src/workers/kernel/envelope';

/** A worker stand-in: records what the page asks and lets a test answer in any order. */
export function fakeWorker() {
  const asked: Ask[] = [];
  const w = {
    onmessage: null as ((e: MessageEvent<Tell>) => void) | null,
    onerror: null,
    postMessage: (m: Ask) => asked.push(m),
    terminate: () => {},
  };
  const tell = (t: Tell) => w.onmessage!({ data: t } as MessageEvent<Tell>);
  return {
    worker: w as unknown as Worker,
    asked,
    /** The ids asked of one type, oldest first. */
    ids: (type: string) => asked.filter((a) => a.type === type).map((a) => a.id),
    tell,
    reply: (id: number, value: unknown) => tell({ kind: 'reply', id, value }),
  };
}

/** Lets promise callbacks run. */
export const settled = () => new Promise((r) => setTimeout(r, 0));
