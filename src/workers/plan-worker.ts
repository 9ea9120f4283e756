/// <reference lib="webworker" />
import type { PlanSettings } from '../core/model';
import { plan } from '../core/planner';
import { readInventory, type InventoryRead } from '../io/inventory';
import { assignmentsCsv } from '../io/exports/assignments-csv';
import { decodeInventoryFile } from '../io/inventory-file';
import { checkTextSize } from '../io/limits';
import { planRead } from '../io/plan-inventory';
import { churnFactor } from '../core/planner/items';
import { whatIfPoint } from '../core/planner/what-if';
import type { Issue, Result } from '../core/result';
import type { Request, Response, Source } from './protocol';
import { createPlanCache, likelyNext } from './plan-cache';
import { createRebalanceHandler } from './rebalance-handler';
import { alternativeOf, alternativeSettings } from './alternative';
import { summarise } from './summarise';

/*
 * Reads and plans off the main thread. The machines of the last inventory stay here, so a slider
 * move sends only settings. Bursts of plan requests are coalesced to the newest; the what-if
 * series yields between points so newer requests get in.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
let inventory: InventoryRead | null = null;
let newest = 0;
let pendingPlan: Extract<Request, { type: 'plan' }> | null = null;
const cache = createPlanCache(() => inventory?.machines.length ?? 0);
let lastAsked: PlanSettings | null = null;
let guessing = 0;

const post = (r: Response) => scope.postMessage(r);
const rebalancer = createRebalanceHandler(post, () => inventory);

scope.onmessage = (e: MessageEvent<Request>) => {
  const req = e.data;
  // The running view's requests are not newer plans: they must not cut a what-if series short.
  if (req.type === 'rebalance' || req.type === 'rebalance-json') return rebalancer.handle(req);
  newest = Math.max(newest, req.id);
  try {
    if (req.type === 'plan') return queuePlan(req);
    if (req.type === 'read') return void read(req);
    if (req.type === 'what-if') return void whatIf(req.id, req.settings, req.multipliers);
    if (req.type === 'assignments-csv') return assignments(req.id, req.settings);
  } catch (err) {
    post({ type: 'error', id: req.id, message: (err as Error).message });
  }
};

function queuePlan(req: Extract<Request, { type: 'plan' }>): void {
  const scheduled = pendingPlan !== null;
  pendingPlan = req;
  if (!scheduled) setTimeout(runPendingPlan, 0);
}

function runPendingPlan(): void {
  const req = pendingPlan;
  pendingPlan = null;
  if (!req || !inventory) return;
  if (req.known) {
    followDrag(req.id, req.settings);
    return postAlternative(req.id, req.settings);
  }
  planAndPost(req.id, req.settings);
}

// Guessing pays only where planning is quick; on a big estate it would hold up the next request.
const GUESS_IF_PLAN_UNDER_MS = 30;
let lastPlanMs = 0;

function planAndPost(id: number, settings: PlanSettings): void {
  const t0 = performance.now();
  let packed = cache.get(settings);
  if (!packed) {
    packed = cache.put(settings, planRead(inventory!, settings).document);
    lastPlanMs = performance.now() - t0;
  }
  postPlan({ type: 'plan', id, plan: packed, planMs: performance.now() - t0 });
  followDrag(id, settings);
  postAlternative(id, settings);
}

// The same inventory under the successor rule set, planned once the settings rest (no newer
// request within the delay: a dragged slider never waits for it), cached like any plan, so
// switching to it is instant.
const ALTERNATIVE_DELAY_MS = 200;

function postAlternative(id: number, settings: PlanSettings): void {
  const alt = alternativeSettings(settings);
  if (!alt) return;
  setTimeout(() => {
    if (pendingPlan || newest !== id || !inventory) return;
    const packed = cache.get(alt) ?? cache.put(alt, planRead(inventory, alt).document);
    post({ type: 'alternative', id, alternative: alternativeOf(settings, packed.document) });
  }, ALTERNATIVE_DELAY_MS);
}

// The lengths travel by transfer, so the cached copy keeps its own.
function postPlan(r: Extract<Response, { type: 'plan' | 'guess' }>): void {
  const plan = { ...r.plan, lengths: r.plan.lengths.slice() };
  scope.postMessage({ ...r, plan } satisfies Response, [plan.lengths.buffer]);
}

// Remembers where the settings went and plans ahead of them (only where planning is quick).
function followDrag(id: number, settings: PlanSettings): void {
  const guesses = lastPlanMs < GUESS_IF_PLAN_UNDER_MS ? likelyNext(lastAsked, settings) : [];
  lastAsked = settings;
  guess(id, guesses, ++guessing);
}

// Plans where the drag is heading, one per task, giving way to any real request, and hands each
// to the page, which can then show it the moment the slider gets there.
function guess(id: number, queue: PlanSettings[], round: number): void {
  const next = queue.shift();
  if (!next) return;
  setTimeout(() => {
    if (round !== guessing || pendingPlan || !inventory) return;
    if (!cache.has(next)) postPlan({ type: 'guess', id, settings: next, plan: cache.put(next, planRead(inventory, next).document) });
    guess(id, queue, round);
  }, 0);
}

async function loadText(source: Source): Promise<Result<{ text: string; notices: Issue[] }>> {
  if (source.kind === 'text') {
    const size = checkTextSize(source.text);
    return size.ok ? { ok: true, value: { text: size.value, notices: [] } } : size;
  }
  return decodeInventoryFile(source.file);
}

function assignments(id: number, settings: PlanSettings): void {
  if (!inventory) return post({ type: 'error', id, message: 'no inventory loaded' });
  const { document } = planRead(inventory, settings);
  post({ type: 'assignments-csv', id, csv: assignmentsCsv(document, inventory.machines, churnFactor(settings)) });
}

async function read(req: Extract<Request, { type: 'read' }>): Promise<void> {
  const loaded = await loadText(req.source);
  if (!loaded.ok) return post({ type: 'read-failed', id: req.id, issues: loaded.issues });
  const { text, notices } = loaded.value;
  const totalRows = countLines(text);
  const result = readInventory(text, {
    ...req.read,
    onProgress: (p) => post({ type: 'progress', id: req.id, rows: p.rows, totalRows, bytes: p.bytes, totalBytes: p.totalBytes }),
  });
  if (!result.ok) return post({ type: 'read-failed', id: req.id, issues: result.issues });
  inventory = result.value;
  cache.clear();
  lastAsked = null;
  const summary = summarise(req.source.name, result.value);
  summary.notices = [...notices, ...summary.notices];
  post({ type: 'read', id: req.id, text, summary });
  planAndPost(req.id, req.settings);
}

// Data rows are at most the line breaks after the header; good enough for a progress bar. An old
// Mac file ends its lines in CR alone.
function countLines(text: string): number {
  const brk = text.includes('\n') ? '\n' : '\r';
  let n = 0;
  for (let i = text.indexOf(brk); i >= 0; i = text.indexOf(brk, i + 1)) n++;
  return Math.max(1, n);
}

async function whatIf(id: number, settings: PlanSettings, multipliers: number[]): Promise<void> {
  const points = [];
  for (const multiplier of multipliers) {
    if (!inventory || newest !== id) return;
    points.push(whatIfPoint(multiplier, plan(inventory.machines, { ...settings, multiplier })));
    await new Promise((r) => setTimeout(r, 0));
  }
  if (newest === id) post({ type: 'what-if', id, points });
}
