import type { Browser, Page } from 'playwright-core';

/**
 * Samples the used JS heap of a page and of its worker every 50 ms until stopped; returns the
 * peaks in MB. The worker is reached through a browser-level CDP session (Target.* messages),
 * since the page's own session can't see into workers.
 */
export async function heapSampler(browser: Browser, page: Page): Promise<{ stop: () => Promise<{ page: number; worker: number }> }> {
  const pageSession = await page.context().newCDPSession(page);
  await pageSession.send('Performance.enable');
  const browserSession = await browser.newBrowserCDPSession();
  let workerSession: string | undefined;
  let nextId = 1;
  const pending = new Map<number, (v: number) => void>();
  browserSession.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const msg = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result?.usedSize ?? NaN);
  });
  const workerHeap = async (): Promise<number> => {
    if (!workerSession) {
      const { targetInfos } = (await browserSession.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
      const worker = targetInfos.find((t) => t.type === 'worker');
      if (!worker) return NaN;
      workerSession = (
        (await browserSession.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string }
      ).sessionId;
    }
    const id = nextId++;
    const result = new Promise<number>((resolve) => pending.set(id, resolve));
    await browserSession.send('Target.sendMessageToTarget', {
      sessionId: workerSession,
      message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
    });
    return Promise.race([result, new Promise<number>((r) => setTimeout(() => r(NaN), 200))]);
  };
  let peakPage = 0;
  let peakWorker = NaN;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { metrics } = (await pageSession.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      peakPage = Math.max(peakPage, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      const w = await workerHeap().catch(() => NaN);
      if (Number.isFinite(w)) peakWorker = Math.max(Number.isFinite(peakWorker) ? peakWorker : 0, w);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { page: peakPage / 1048576, worker: peakWorker / 1048576 };
    },
  };
}
