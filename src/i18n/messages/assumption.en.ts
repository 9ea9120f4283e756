import type { Assumption, SpecField } from '../../core/deployment';
import { roundTo } from '../../core/units';
import type { Entries } from '../families';

/*
 * What the rebalance assumed about a server (docs/rules.md#running-deployments), English: also the
 * published sentences of `rebalance --json`, figures written as the document always wrote them.
 */

const UNIT: Record<SpecField, string> = { vcpu: 'vCPU', memoryGB: 'GB RAM', cacheGB: 'GB cache' };
const SPEC_FIELDS: SpecField[] = ['vcpu', 'memoryGB', 'cacheGB'];

/** How far a spec falls short of a tier: "2 vCPU, 4 GB RAM" (only what falls short). */
export const shortText = (shortBy: Record<SpecField, number>): string =>
  SPEC_FIELDS.filter((k) => shortBy[k] > 0)
    .map((k) => `${shortBy[k]} ${UNIT[k]}`)
    .join(', ');

const loadText = (l: { machines: number; churnGBPerDay: number }) =>
  `${l.machines} machine${l.machines === 1 ? '' : 's'}, ${roundTo(l.churnGBPerDay, 1)} GB/day`;

/** A server's assumptions, English. */
export const assumptionEn: Entries<'running.assumption', Assumption> = {
  'running.assumption.not-in-server-file': (p) =>
    `${p.server} is named in the inventory but not in the server file: assumed to be a scale-out process server, and nothing about it is measured.`,
  'running.assumption.no-server-file': (p) =>
    `No server file: ${p.server} is assumed to be a scale-out process server (nothing says which server is the configuration server), and nothing about it is measured.`,
  'running.assumption.role-not-given': (p) => `The server file gives no role for ${p.server}: assumed scale-out.`,
  'running.assumption.spec-incomplete': (p) =>
    `The server file lacks ${p.missing.join(', ')} for ${p.server}, so its tier can't be matched from its hardware.`,
  'running.assumption.tier-from-load': (p) =>
    `Assumed ${p.tier}: the smallest ${p.role} tier that holds its current load (${loadText(p.load)}) at 100 %.`,
  'running.assumption.tier-over-largest': (p) =>
    `Not even ${p.tier}, the largest ${p.role} tier, holds its current load (${loadText(p.load)}); ${p.tier} is assumed and the server is over its limits.`,
  'running.assumption.nearest-tier-limits': (p) =>
    `Its hardware (${p.spec.vcpu} vCPU, ${p.spec.memoryGB} GB RAM, ${p.spec.cacheGB} GB cache) matches no ${p.role} tier: it is ${shortText(p.shortBy)} short of ${p.nearest}. ${p.nearest}'s limits are used, and it takes no new machines.`,
  'running.assumption.site-from-machines': (p) =>
    `No site given for ${p.server}: assumed "${p.site}", ${p.from === 'machines' ? 'the site of most of its machines' : "the inventory's only site"}.`,
  'running.assumption.site-unknown': (p) => `No site given for ${p.server} and it replicates no machine: it can take machines of no site.`,
  'running.assumption.sites-ignored': (p) => `The inventory has no sites, so the server file's site "${p.site}" is not used.`,
};
