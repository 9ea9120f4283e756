import type { Formatters } from '../format';
import { countOf } from './figures';

/** Why a site has the scale-out servers it has: one sentence per driver kind (ScaleOutDriver). */
export const driversEn = {
  'why.built-in-only': (p: { machines: number }, f: Formatters) =>
    `The configuration server’s built-in process server replicates the ${countOf(f, p.machines, 'machine', 'machines')} of this site that a process server can take: no scale-out process server is needed.`,
  'why.unplaced': (p: { machines: number }, f: Formatters) =>
    `${countOf(f, p.machines, 'machine', 'machines')} of this site can’t be placed on any one process server: ${p.machines === 1 ? 'it is' : 'they are'} on no server of this plan (see “Machines that can’t be placed”).`,
  'why.machines': (p: { machines: number; limit: number }, f: Formatters) =>
    `${countOf(f, p.machines, 'machine is', 'machines are')} more than the ${f.num(p.limit)} the configuration server’s built-in process server replicates (the 200-machine rule).`,
  'why.churn': (p: { churnGBPerDay: number; limit: number }, f: Formatters) =>
    `Daily churn of ${f.gbPerDay(p.churnGBPerDay)} is more than the ${f.gbPerDay(p.limit)} the built-in process server replicates (the 2 TB/day rule).`,
  'why.other-site': (p: { configSite: string }) =>
    `The configuration server stands in site “${p.configSite}”; a process server serves one site only, so this site needs its own.`,
  'why.built-in-off':
    'The configuration server’s built-in process server is switched off, so scale-out process servers replicate every machine.',
  'why.headroom': (p: { headroomPercent: number; serversAtFullHeadroom: number }, f: Formatters) =>
    `Headroom of ${f.percent(p.headroomPercent)} lowers every limit; at ${f.percent(100)} ${countOf(f, p.serversAtFullHeadroom, 'scale-out server', 'scale-out servers')} would do.`,
  'why.groups': (p: { extraServers: number }, f: Formatters) =>
    `Groups that must stay together don’t divide evenly over the servers: ${f.num(p.extraServers)} more than the lower bound.`,
  'why.dedicated': (p: { items: number; machines: number; tier: string }, f: Formatters) =>
    p.items === 1
      ? `One machine or group (${countOf(f, p.machines, 'machine', 'machines')}) exceeds the limits at this headroom and gets a dedicated ${p.tier}.`
      : `${f.num(p.items)} machines or groups (${countOf(f, p.machines, 'machine', 'machines')}) exceed the limits at this headroom and get a dedicated ${p.tier} each.`,
  'why.packing': (p: { extraServers: number }, f: Formatters) =>
    `The machines’ churn doesn’t divide evenly over the servers: ${f.num(p.extraServers)} more than the lower bound.`,
};
