import type { Entries } from '../families';
import type { Formatters } from '../format';
import type { DocWarning, PageWarning, RoleBase, TierLimits, UnplacedWhy, WarnedItem } from '../plan-warning-types';
import { nounsEn } from '../server-nouns';
import { countOf, figure, text } from './figures';

/*
 * Plan warnings and unplaced reasons, English. `warning.*` and `unplaced.*` are the page's
 * sentences (figures formatted as the page formats them); `warning-doc.*` and `unplaced-doc.*` are
 * the published ones (`plan --json`, the CLI, the workbook), figures raw, byte for byte as the plan
 * documents have always held them.
 */

type ParamsOf<U extends { code: string; params: object }, C extends U['code']> = Extract<U, { code: C }>['params'] & RoleBase;

// Published figures are raw: "1 machine", "1200 machines".
const machinesRaw = (n: number) => `${n} machine${n === 1 ? '' : 's'}`;
const itemRaw = (p: WarnedItem) => (p.group !== '' ? `Group "${p.group}" (${machinesRaw(p.machines)})` : `Machine "${p.item}"`);
const rangeRaw = (a: number, b: number) => (a === b ? `${a}` : `${a} to ${b}`);

const dedicated = (p: ParamsOf<PageWarning, 'dedicated-server'>, _f: Formatters) => {
  const l: TierLimits = p.limits;
  return `${itemRaw(p)} with ${p.churnGBPerDay} GB/day exceeds the ${p.tier} limits at ${p.headroomPercent} % headroom (${machinesRaw(l.machines)}, ${l.churnGBPerDay} GB/day); it gets a dedicated ${p.tier}.`;
};
const peak = (p: ParamsOf<PageWarning, 'peak-churn-over-limit'>, _f: Formatters) =>
  `Machine "${p.machine}" peaks at ${p.peakMBps} MB/s, above the ${p.limitMBps} MB/s per-machine limit; it is planned, but replication may fall behind at peak.`;
const configSiteEmpty = (p: ParamsOf<PageWarning, 'config-site-empty'>) =>
  `The configuration server's site "${p.site}" has no machines in this inventory; its built-in process server replicates none.`;
const aboveLowerBound = (p: ParamsOf<PageWarning, 'above-lower-bound'>, _f: Formatters) => {
  const names = nounsEn(p.role);
  return `Site "${p.site}" needs ${p.servers} ${p.servers === 1 ? names.one : names.many}, ${p.servers - p.lowerBound} above the lower bound of ${p.lowerBound}.`;
};

/** Why an unplaced item can't be placed, as the documents say it (no closing stop: it ends their sentence). */
function unplacedDoc(p: UnplacedWhy['params'] & { group: string } & RoleBase, byChurn: boolean): string {
  const subject = p.group !== '' ? `its group "${p.group}" (${machinesRaw(p.machines)}, which must share one server)` : 'it';
  const one = `one ${nounsEn(p.role).replicator} (${p.tier}) replicates`;
  return byChurn
    ? `${subject} changes ${p.churnGBPerDay} GB/day, more than the ${p.limit} GB/day ${one}`
    : `${subject} holds more than the ${machinesRaw(p.limit)} ${one}`;
}

const machines = (f: Formatters, n: number) => countOf(f, n, 'machine', 'machines');

/** "2" or "2–3" configuration servers, from the two editions' figures. */
export const serverRange = (f: Formatters, p: { configurationServers: number; configurationServersAtLowerLimit: number }): string =>
  p.configurationServers === p.configurationServersAtLowerLimit
    ? f.num(p.configurationServers)
    : `${f.num(p.configurationServers)}–${f.num(p.configurationServersAtLowerLimit)}`;

/** Plan warnings as the page says them. */
export const warningEn = {
  'warning.dedicated-server': dedicated,
  'warning.peak-churn-over-limit': peak,
  'warning.unplaced': (p: ParamsOf<PageWarning, 'unplaced'>, _f: Formatters) => `${itemRaw(p)} can't be placed.`,
  'warning.config-site-empty': configSiteEmpty,
  'warning.above-lower-bound': aboveLowerBound,
  'warning.near-limit': (p: ParamsOf<PageWarning, 'near-limit'>, f: Formatters) =>
    `${p.servers === 1 ? 'One server is' : `${figure(f, p.servers)} servers are`} at or above ${f.percent(p.thresholdPercent)} of a tier limit: ` +
    `${p.server} is at ${f.percent(p.percent, 1)} of its ${p.limit === 'machines' ? 'machine' : 'churn'} limit, with no room for peaks or growth. ` +
    `The troubleshooting guide keeps load under ${f.percent(p.suggestedHeadroomPercent)} (headroom ${f.percent(p.suggestedHeadroomPercent)}); ` +
    `the Deployment Planner plans ${f.percent(p.suggestedGrowthPercent)} growth.`,
  'warning.configuration-server-capacity': (p: ParamsOf<PageWarning, 'configuration-server-capacity'>, f: Formatters) =>
    `This plan protects ${machines(f, p.machines)} with one configuration server. Microsoft’s later guidance deploys another configuration server ` +
    `beyond ${f.num(p.limit)} protected machines (${p.limitSource}, ${p.limitYear}) or ${f.num(p.lowerLimit)} (${p.lowerLimitSource}, ${p.lowerLimitYear}): ` +
    `${serverRange(f, p)} configuration servers for this estate.`,
} satisfies Entries<'warning', PageWarning, RoleBase>;

/** Plan warnings as the published documents say them. */
export const warningDocEn = {
  'warning-doc.dedicated-server': dedicated,
  'warning-doc.peak-churn-over-limit': peak,
  'warning-doc.unplaced': (p: ParamsOf<DocWarning, 'unplaced'>, _f: Formatters) =>
    `${itemRaw(p)} can't be placed: ${unplacedDoc({ ...p.why.params, group: p.why.group, role: p.role }, p.why.code === 'churn-over-limit')}`,
  'warning-doc.config-site-empty': configSiteEmpty,
  'warning-doc.above-lower-bound': aboveLowerBound,
  'warning-doc.near-limit': (p: ParamsOf<DocWarning, 'near-limit'>, _f: Formatters) =>
    `${p.servers === 1 ? '1 server is' : `${p.servers} servers are`} at or above ${p.thresholdPercent} % of a tier limit (${p.server}: ${p.percent} % of its ${p.limit === 'machines' ? 'machine' : 'churn'} limit), ` +
    `with no room for peaks or growth. The troubleshooting guide keeps load under ${p.suggestedHeadroomPercent} % (headroom ${p.suggestedHeadroomPercent} %); ` +
    `the Deployment Planner plans ${p.suggestedGrowthPercent} % growth.`,
  'warning-doc.configuration-server-capacity': (p: ParamsOf<DocWarning, 'configuration-server-capacity'>, _f: Formatters) =>
    `This plan protects ${machinesRaw(p.machines)} with one configuration server. Microsoft's later guidance deploys another configuration server ` +
    `beyond ${p.limit} protected machines ("${p.limitSource}", ${p.limitYear}) or ${p.lowerLimit} ("${p.lowerLimitSource}", ${p.lowerLimitYear}): ` +
    `${rangeRaw(p.configurationServers, p.configurationServersAtLowerLimit)} configuration servers for this estate.`,
} satisfies Entries<'warning-doc', DocWarning, RoleBase>;

type UnplacedBase = RoleBase & { group: string };
const gbDay = (f: Formatters, v: number) => f.gbPerDay(v);

/** Why an item can't be placed: the page's sentences and the documents'. */
export const unplacedEn = {
  'unplaced.churn-over-limit': (p: UnplacedWhy['params'] & UnplacedBase, f: Formatters) =>
    `${p.group ? `Its group “${text(p.group)}” (${machines(f, p.machines)}, which must share one server)` : 'It'} changes ${gbDay(f, p.churnGBPerDay)}, ` +
    `more than the ${gbDay(f, p.limit)} one ${nounsEn(p.role).replicator} (${p.tier}) replicates.`,
  'unplaced.machines-over-limit': (p: UnplacedWhy['params'] & UnplacedBase, f: Formatters) =>
    `Its group “${text(p.group)}” holds ${machines(f, p.machines)}, more than the ${f.num(p.limit)} one ${nounsEn(p.role).replicator} (${p.tier}) replicates, and a group must share one server.`,
  'unplaced-doc.churn-over-limit': (p: UnplacedWhy['params'] & UnplacedBase, _f: Formatters) => unplacedDoc(p, true),
  'unplaced-doc.machines-over-limit': (p: UnplacedWhy['params'] & UnplacedBase, _f: Formatters) => unplacedDoc(p, false),
} satisfies Entries<'unplaced', UnplacedWhy, UnplacedBase> & Entries<'unplaced-doc', UnplacedWhy, UnplacedBase>;
