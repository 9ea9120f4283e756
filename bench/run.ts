import Papa from 'papaparse';
import { DEFAULT_SETTINGS } from '../src/core/model';
import { networkPlan } from '../src/core/network';
import { migrate } from '../src/core/migrate';
import { plan } from '../src/core/planner';
import { readInventory } from '../src/io/inventory';
import { inventoryCsv } from './inventory-text';
import { growthExponent, growthExponentWithRoomyHeap } from './growth';
import { median } from './measure';

/*
 * npm run bench — engine figures (issue "Planning engine"): for 1k, 10k and 100k machines, the
 * median milliseconds of papaparse alone ("parse"), of our reader minus that ("validate": header
 * mapping, numbers, units, rejections), and of planning; the whole pipeline as a multiple of
 * papaparse alone; and how planning cost grows with n (fitted exponent against n·log n).
 */

const BUDGET = { plan10kMs: 20, pipelineRatio: 3 };
const rows: string[][] = [
  ['machines', 'MB', 'parse ms', 'validate ms', 'plan ms', 'plan ms (modernized)', 'pipeline / parse', 'plan µs per n·log n'],
];
const results: { n: number; plan: number; modernized: number; ratio: number }[] = [];
const MODERNIZED = { ...DEFAULT_SETTINGS, ruleSet: 'asr-modernized' };

for (const n of [1_000, 10_000, 100_000]) {
  const text = inventoryCsv(n);
  const runs = n >= 100_000 ? 7 : 21;
  const parse = median(() => Papa.parse(text, { skipEmptyLines: 'greedy' }), runs);
  const read = readInventory(text);
  if (!read.ok || read.value.machines.length !== n) throw new Error(`bench inventory did not read cleanly (${n})`);
  const readMs = median(() => readInventory(text), runs);
  const planMs = median(() => plan(read.value.machines, DEFAULT_SETTINGS), runs);
  const modernizedMs = median(() => plan(read.value.machines, MODERNIZED), runs);
  const ratio = (readMs + planMs) / parse;
  results.push({ n, plan: planMs, modernized: modernizedMs, ratio });
  rows.push([
    n.toLocaleString('en-US'),
    (text.length / 1e6).toFixed(1),
    parse.toFixed(1),
    (readMs - parse).toFixed(1),
    planMs.toFixed(2),
    modernizedMs.toFixed(2),
    `${ratio.toFixed(2)}×`,
    ((planMs * 1000) / (n * Math.log2(n))).toFixed(3),
  ]);
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padStart(widths[c]!)).join('  '));

const plan10k = results.find((r) => r.n === 10_000)!.plan;
const modernized10k = results.find((r) => r.n === 10_000)!.modernized;
const ratio100k = results.find((r) => r.n === 100_000)!.ratio;
const growth = growthExponent();
const algorithmic = growthExponentWithRoomyHeap();
const nlogn = Math.log((1e5 * Math.log2(1e5)) / (1e4 * Math.log2(1e4))) / Math.log(10);
console.log('');
console.log(`plan 10k machines: ${plan10k.toFixed(2)} ms (budget ≤ ${BUDGET.plan10kMs} ms) ${plan10k <= BUDGET.plan10kMs ? 'OK' : 'OVER'}`);
console.log(
  `plan 10k machines, asr-modernized: ${modernized10k.toFixed(2)} ms (budget ≤ ${BUDGET.plan10kMs} ms) ${modernized10k <= BUDGET.plan10kMs ? 'OK' : 'OVER'}`,
);
// The network of a 10k plan with a link set (issue 15): it runs on every re-plan, so it must be cheap.
{
  const read = readInventory(inventoryCsv(10_000));
  if (!read.ok) throw new Error('bench inventory did not read');
  const linked = plan(read.value.machines, { ...DEFAULT_SETTINGS, link: { allSitesMbps: 1000, siteMbps: {}, irGoalHours: 72 } });
  const networkMs = median(() => networkPlan(read.value.machines, linked), 21);
  console.log(`network of a 10k plan, link set: ${networkMs.toFixed(2)} ms (on top of planning)`);
}
console.log(
  `pipeline 100k / papaparse: ${ratio100k.toFixed(2)}× (budget ≤ ${BUDGET.pipelineRatio}×) ${ratio100k <= BUDGET.pipelineRatio ? 'OK' : 'OVER'}`,
);
console.log(`plan cost grows as n^${growth.toFixed(2)} from 10k to 100k on Node's default heap, garbage collection included`);
console.log(
  `plan cost grows as n^${algorithmic.toFixed(2)} from 10k to 100k with a young generation that holds a plan's garbage (n·log n is n^${nlogn.toFixed(2)} over this range; budget: no worse) ${algorithmic <= nlogn + 0.1 ? 'OK' : 'OVER'}`,
);

// The migration (issue 13): a 10,000-machine classic deployment, 150 machines per classic server
// and one in fifty not replicating yet, planned for replication appliances in the core.
const MIGRATE_BUDGET_MS = 200;
const deployment = readInventory(inventoryCsv(10_000));
if (!deployment.ok) throw new Error('bench deployment did not read cleanly');
const classic = deployment.value.machines.map((m, i) => ({
  ...m,
  ...(i % 50 === 49 ? {} : { processServer: `PS${String(Math.floor(i / 150)).padStart(3, '0')}` }),
  disks: 1 + (i % 4),
  provisionedGB: 100 + ((i * 37) % 2000),
}));
const migrateMs = median(
  () => migrate({ machines: classic, servers: null, settings: { multiplier: 1, growthPercent: 0, headroomPercent: 100 } }),
  11,
);
console.log(
  `migrate 10k machines (core): ${migrateMs.toFixed(1)} ms (budget ≤ ${MIGRATE_BUDGET_MS} ms) ${migrateMs <= MIGRATE_BUDGET_MS ? 'OK' : 'OVER'}`,
);
