import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/ui/state/app-store';
import type { Request, Response } from '../../../src/workers/protocol';
import { planKey } from '../../../src/workers/plan-key';

// A worker stand-in that lets the test reply as the worker would.
function fakeWorker() {
  const sent: Request[] = [];
  const w = {
    onmessage: null as ((e: MessageEvent<Response>) => void) | null,
    onerror: null,
    postMessage: (m: Request) => sent.push(m),
    terminate: () => {},
  };
  return { worker: w as unknown as Worker, sent, reply: (r: Response) => w.onmessage!({ data: r } as MessageEvent<Response>) };
}

describe('the successor plan on the page', () => {
  it('is kept for its settings, and dropped when another inventory is read (same settings, other machines)', () => {
    createRoot((dispose) => {
      const fake = fakeWorker();
      const { state, actions } = createAppStore({ lang: 'en', makeWorker: () => fake.worker });
      actions.loadText('a.csv', 'name,dailyChurnGB\na,1\n');
      const first = fake.sent.at(-1)!.id;
      const alternative = { ruleSet: 'asr-modernized', servers: 3, lowerBound: 3, forKey: planKey(state.settings) };
      fake.reply({ type: 'alternative', id: first, alternative });
      expect(state.alternative).toEqual(alternative);
      actions.loadText('b.csv', 'name,dailyChurnGB\nb,1\n');
      const second = fake.sent.at(-1)!.id;
      fake.reply({
        type: 'read',
        id: second,
        text: 'name,dailyChurnGB\nb,1\n',
        summary: { name: 'b.csv' } as never,
      });
      expect(state.alternative).toBeNull();
      actions.dispose();
      dispose();
    });
  });
});
