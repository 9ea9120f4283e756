import { serve, type Port } from '../../src/workers/kernel/serve';
import { planWorkerHandlers } from '../../src/workers/plan-worker-handlers';
import type { Ask } from '../../src/workers/kernel/envelope';
import { createWorkerState } from '../../src/workers/worker-state';

/**
 * The real plan worker's handlers behind a MessageChannel, in place of a Worker: the page's code
 * and the worker's run as they do in the browser, with structured cloning between them. `asked`
 * lists every request the page sent, across restarts.
 */
export function channelWorkers() {
  const asked: Ask[] = [];
  const open: MessagePort[] = [];
  const make = (): Worker => {
    const { port1, port2 } = new MessageChannel();
    open.push(port1, port2);
    serve(port2 as unknown as Port, createWorkerState(), planWorkerHandlers);
    const w = {
      set onmessage(f: ((e: MessageEvent) => void) | null) {
        port1.onmessage = f;
      },
      onerror: null,
      postMessage: (m: Ask) => {
        asked.push(m);
        port1.postMessage(m);
      },
      terminate: () => {
        port1.close();
        port2.close();
      },
    };
    return w as unknown as Worker;
  };
  return { make, asked, closeAll: () => open.forEach((p) => p.close()) };
}
