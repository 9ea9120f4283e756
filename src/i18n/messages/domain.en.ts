/*
 * Domain results (rejected rows, reading issues, warnings, unplaced items) already carry an
 * English sentence written where the rule lives; the English catalogue passes it through so the
 * wording has one home. Other languages translate by code from the same parameters.
 */
import type { Formatters } from '../format';
import { nounsEn } from '../server-nouns';
import { countOf, figure, roleOf, text } from './figures';

/** What every domain message receives: the English sentence and the figures behind it. */
export type DomainParams = { message: string } & Record<string, string | number | undefined>;
/** A domain message: the English passes the sentence through; translations build theirs from the figures. */
export type DomainMessage = (p: DomainParams, f: Formatters) => string;
const passThrough: DomainMessage = (p) => p.message;
const num = (v: unknown) => (typeof v === 'number' ? v : 0);
// Figures formatted as the rest of the page formats them (the domain's sentence has them raw).
const gbDay = (f: Formatters, v: unknown) => (typeof v === 'number' ? f.gbPerDay(v) : text(v));
const machines = (f: Formatters, v: unknown) => countOf(f, num(v), 'machine', 'machines');

/** Domain codes, English. */
export const domainEn = {
  'issue.empty': passThrough,
  'issue.not-csv': passThrough,
  'issue.xlsx': passThrough,
  'issue.binary': passThrough,
  'issue.no-name-column': passThrough,
  'issue.no-churn-column': passThrough,
  'issue.no-data-rows': passThrough,
  'issue.no-valid-row': passThrough,
  'issue.numeric-names': passThrough,
  'issue.file-too-large': passThrough,
  'issue.too-many-rows': passThrough,
  'issue.bad-mapping': passThrough,
  'issue.bad-options': passThrough,
  'issue.duplicate-header': passThrough,
  'issue.several-churn-columns': passThrough,
  'issue.mapping-reassigned': passThrough,
  'issue.ragged-rows': passThrough,
  'issue.unclosed-quote': passThrough,
  'issue.malformed-quote': passThrough,
  'issue.encoding-utf16': passThrough,
  'issue.encoding-fallback': passThrough,
  'issue.encoding-invalid-utf8': passThrough,
  'issue.read-cancelled': passThrough,
  'issue.stored-state-discarded': passThrough,
  'issue.stored-settings-only': passThrough,
  'issue.share-version': passThrough,
  'issue.share-truncated': passThrough,
  'issue.share-corrupt': passThrough,
  'issue.share-invalid': passThrough,
  'issue.share-too-large': passThrough,
  'issue.plan-file-invalid': passThrough,
  'issue.plan-file-not-json': passThrough,
  'issue.plan-file-not-plan': passThrough,
  'issue.plan-file-too-large': passThrough,
  'issue.payload-invalid': passThrough,
  'issue.state-not-saved': passThrough,
  'issue.share-not-made': passThrough,
  'issue.plan-file-not-saved': passThrough,
  'issue.storage-unavailable': passThrough,
  'issue.plan-file-version': passThrough,
  'issue.sample-failed': passThrough,
  'issue.worker-error': passThrough,
  'issue.language-failed': passThrough,
  'warning.dedicated-server': passThrough,
  'warning.peak-churn-over-limit': passThrough,
  'warning.unplaced': passThrough,
  'warning.config-site-empty': passThrough,
  'warning.above-lower-bound': passThrough,
  'warning.near-limit': (p: DomainParams, f: Formatters) =>
    `${p.servers === 1 ? 'One server is' : `${figure(f, p.servers)} servers are`} at or above ${f.percent(num(p.thresholdPercent))} of a tier limit: ` +
    `${text(p.server)} is at ${f.percent(num(p.percent), 1)} of its ${p.limit === 'machines' ? 'machine' : 'churn'} limit, with no room for peaks or growth. ` +
    `The troubleshooting guide keeps load under ${f.percent(num(p.suggestedHeadroomPercent))} (headroom ${f.percent(num(p.suggestedHeadroomPercent))}); ` +
    `the Deployment Planner plans ${f.percent(num(p.suggestedGrowthPercent))} growth.`,
  'warning.configuration-server-capacity': (p: DomainParams, f: Formatters) =>
    `This plan protects ${machines(f, p.machines)} with one configuration server. Microsoft’s later guidance deploys another configuration server ` +
    `beyond ${f.num(num(p.limit))} protected machines (${text(p.limitSource)}, ${text(p.limitYear)}) or ${f.num(num(p.lowerLimit))} (${text(p.lowerLimitSource)}, ${text(p.lowerLimitYear)}): ` +
    `${serverRange(f, p)} configuration servers for this estate.`,
  'unplaced.churn-over-limit': (p: DomainParams, f: Formatters) =>
    `${p.group ? `Its group “${text(p.group)}” (${machines(f, p.machines)}, which must share one server)` : 'It'} changes ${gbDay(f, p.churnGBPerDay)}, ` +
    `more than the ${gbDay(f, p.limit)} one ${nounsEn(roleOf(p)).replicator} (${text(p.tier)}) replicates.`,
  'unplaced.machines-over-limit': (p: DomainParams, f: Formatters) =>
    `Its group “${text(p.group)}” holds ${machines(f, p.machines)}, more than the ${f.num(num(p.limit))} one ${nounsEn(roleOf(p)).replicator} (${text(p.tier)}) replicates, and a group must share one server.`,
};

/** "2" or "2 to 3" configuration servers, from the two editions' figures. */
export function serverRange(f: Formatters, p: DomainParams): string {
  const a = num(p.configurationServers);
  const b = num(p.configurationServersAtLowerLimit);
  return a === b ? f.num(a) : `${f.num(a)}–${f.num(b)}`;
}
