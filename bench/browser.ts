import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startPreview } from '../e2e/support/local-browser';
import { inventoryCsv } from './inventory-text';
import { heapSampler } from './heap-sampler';
import { handWorkbook } from '../test/support/xlsx-by-hand';

/*
 * npm run bench — browser figures (issue "Big inventories…"), in Debian's Chromium: initial JS
 * (gzip), file drop to plan on screen for 10k and 100k rows, re-plan latency while a slider is
 * dragged over 10k machines (median and p95, request to screen), and the peak JS heap of the page
 * and the worker while 100k rows are read.
 */

const BUDGET = { initialKB: 100, replanP95Ms: 16, dropToPlan100kMs: 1000, workbookDropToPlan100kMs: 2000 };

/** A 100,000-row RVTools-shaped workbook with a measured churn column (docs/inputs.md#workbooks). */
function workbook100k(file: string): void {
  const rows: (string | number | boolean)[][] = [
    ['VM', 'Powerstate', 'Template', 'Datacenter', 'Cluster', 'Host', 'Disks', 'Provisioned MiB', 'In Use MiB', 'Daily churn (GB)'],
  ];
  for (let i = 0; i < 100_000; i++)
    rows.push([`vm-${i}`, 'poweredOn', false, i % 3 ? 'DC-Seoul' : 'DC-Busan', 'CL01', `esx${i % 40}`, 2, 204800, 102400, 1 + (i % 97)]);
  writeFileSync(file, handWorkbook([{ name: 'vInfo', rows }]));
}
function initialJsGzipKB(): number {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((kb, f) => kb + gzipSync(readFileSync(join('dist', f))).length / 1024, 0);
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx (esbuild keepNames) wraps named functions sent to page.evaluate in __name(); define it there.
  await context.addInitScript('globalThis.__name = (f) => f; globalThis.__asrPlanLatencies = [];');
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

// From the file input's change event to the summary showing the machine count.
async function dropToPlan(page: Page, file: string, machines: number): Promise<number> {
  await page.evaluate((expected) => {
    const w = window as unknown as { __t0?: number; __t1?: Promise<number> };
    document.querySelector('input[type=file]')!.addEventListener('change', () => (w.__t0 = performance.now()), { capture: true });
    w.__t1 = new Promise((resolve) => {
      const seen = () => document.querySelector('[data-metric="machines"] .value')?.textContent?.replace(/\D/g, '') === String(expected);
      new MutationObserver((_, obs) => {
        if (seen()) {
          obs.disconnect();
          resolve(performance.now());
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, machines);
  await page.getByLabel('Inventory CSV').setInputFiles(file);
  return page.evaluate(async () => {
    const w = window as unknown as { __t0: number; __t1: Promise<number> };
    return (await w.__t1) - w.__t0;
  });
}

type Drag = { median: number; p95: number; landed: number; inputs: number };

// Chooses a rule set with its radio and waits for its servers (ids by its prefix: APP01, or APP001 past 99).
async function chooseRuleSet(page: Page, id: string, prefix: string): Promise<void> {
  await page.locator(`input[name="rule-set"][value="${id}"]`).check();
  await page.locator(`[data-server^="${prefix}"]`).first().waitFor();
}

// Types a link for every site, as a person would, and waits for the network section.
async function setLink(page: Page, mbps: string): Promise<void> {
  await page.locator('#link-all').fill(mbps);
  await page.locator('#link-all').press('Tab');
  await page.getByTestId('network-section').waitFor();
}

// Moves the headroom slider one step every frame, like a hand dragging it, and collects latencies.
// It starts a second after the plan shows, as a person reads the plan before reaching for a slider.
async function dragLatencies(page: Page): Promise<Drag> {
  const inputs = 240;
  await page.waitForTimeout(1000);
  const latencies = await page.evaluate(async (steps) => {
    const w = window as unknown as { __asrPlanLatencies: number[] };
    w.__asrPlanLatencies.length = 0;
    const slider = document.getElementById('headroom') as HTMLInputElement;
    for (let i = 0; i < steps; i++) {
      slider.value = String(100 - (i % 51));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    await new Promise((r) => setTimeout(r, 500));
    return [...w.__asrPlanLatencies];
  }, inputs);
  const sorted = latencies.filter(Number.isFinite).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), landed: sorted.length, inputs };
}

async function main(): Promise<void> {
  if (spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' }).status !== 0) throw new Error('vite build failed');
  const initialKB = initialJsGzipKB();
  const dir = mkdtempSync(join(tmpdir(), 'asr-bench-'));
  const server = await startPreview();
  const browser = await launchChromium(['--enable-precise-memory-info']);
  try {
    const results: Record<string, number | string> = { 'initial JS (gzip KB)': initialKB.toFixed(1) };
    const drags: Record<string, Drag> = {};
    for (const n of [10_000, 100_000]) {
      const file = join(dir, `inventory-${n}.csv`);
      writeFileSync(file, inventoryCsv(n));
      const page = await openPage(browser, server.url);
      const heap = n === 100_000 ? await heapSampler(browser, page) : null;
      results[`drop to plan, ${n.toLocaleString('en-US')} rows (ms)`] = (await dropToPlan(page, file, n)).toFixed(0);
      if (heap) {
        const peak = await heap.stop();
        results['peak JS heap while reading 100k: page (MB)'] = peak.page.toFixed(1);
        results['peak JS heap while reading 100k: worker (MB)'] = Number.isFinite(peak.worker) ? peak.worker.toFixed(1) : 'n/a';
      }
      if (n === 10_000) {
        // Classic first (the default), then the same drag with replication appliances.
        drags['asr-classic'] = await dragLatencies(page);
        await chooseRuleSet(page, 'asr-modernized', 'APP');
        drags['asr-modernized'] = await dragLatencies(page);
        // The same drags with a link to Azure set (issue 15): every plan carries its network.
        await setLink(page, '1000');
        drags['asr-modernized, link set'] = await dragLatencies(page);
        await chooseRuleSet(page, 'asr-classic', 'PS');
        drags['asr-classic, link set'] = await dragLatencies(page);
      }
      await page.context().close();
    }
    const book = join(dir, 'vinfo-100k.xlsx');
    workbook100k(book);
    const bookPage = await openPage(browser, server.url);
    results['drop to plan, 100,000-row workbook (ms)'] = (await dropToPlan(bookPage, book, 100_000)).toFixed(0);
    await bookPage.context().close();
    for (const [id, drag] of Object.entries(drags)) {
      results[`re-plan while dragging, 10k machines, ${id}: median (ms)`] = drag.median.toFixed(1);
      results[`re-plan while dragging, 10k machines, ${id}: p95 (ms)`] = drag.p95.toFixed(1);
      results[`plans landed / slider inputs, ${id}`] = `${drag.landed} / ${drag.inputs}`;
    }
    const width = Math.max(...Object.keys(results).map((k) => k.length));
    for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(width)}  ${v}`);
    const drop100k = Number(results['drop to plan, 100,000 rows (ms)']);
    console.log('');
    console.log(
      `initial JS ${initialKB.toFixed(1)} KB gzip (budget ≤ ${BUDGET.initialKB}) ${initialKB <= BUDGET.initialKB ? 'OK' : 'OVER'}`,
    );
    for (const [id, drag] of Object.entries(drags))
      console.log(
        `re-plan p95 ${drag.p95.toFixed(1)} ms at 10k, ${id} (budget ≤ ${BUDGET.replanP95Ms}) ${drag.p95 <= BUDGET.replanP95Ms ? 'OK' : 'OVER'}`,
      );
    console.log(
      `drop to plan ${drop100k} ms at 100k (budget ≤ ${BUDGET.dropToPlan100kMs}) ${drop100k <= BUDGET.dropToPlan100kMs ? 'OK' : 'OVER'}`,
    );
    const book100k = Number(results['drop to plan, 100,000-row workbook (ms)']);
    console.log(
      `drop to plan ${book100k} ms for a 100k-row workbook (budget ≤ ${BUDGET.workbookDropToPlan100kMs}) ${book100k <= BUDGET.workbookDropToPlan100kMs ? 'OK' : 'OVER'}`,
    );
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
