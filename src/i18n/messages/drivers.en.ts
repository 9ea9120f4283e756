import type { Formatters } from '../format';

/** Why scale-out servers are needed: one sentence per driver kind (ScaleOutDriver). */
export const driversEn = {
  'why.none':
    'The configuration server’s built-in process server replicates every machine of this site: no scale-out process server is needed.',
  'why.machines': (p: { machines: number; limit: number }, f: Formatters) =>
    `${f.num(p.machines)} machines are more than the ${f.num(p.limit)} the configuration server’s built-in process server replicates (the 200-machine rule).`,
  'why.churn': (p: { churnGBPerDay: number; limit: number }, f: Formatters) =>
    `Daily churn of ${f.gbPerDay(p.churnGBPerDay)} is more than the ${f.gbPerDay(p.limit)} the built-in process server replicates (the 2 TB/day rule).`,
  'why.other-site': (p: { configSite: string }) =>
    `The configuration server stands in site “${p.configSite}”; a process server serves one site only, so this site needs its own.`,
  'why.built-in-off':
    'The configuration server’s built-in process server is switched off, so scale-out process servers replicate every machine.',
  'why.headroom': (p: { headroomPercent: number; serversAtFullHeadroom: number }, f: Formatters) =>
    `Headroom of ${f.percent(p.headroomPercent)} lowers every limit; at ${f.percent(100)} ${f.num(p.serversAtFullHeadroom)} scale-out server${p.serversAtFullHeadroom === 1 ? '' : 's'} would do.`,
  'why.groups': (p: { extraServers: number }, f: Formatters) =>
    `Groups that must stay together don’t divide evenly over the servers: ${f.num(p.extraServers)} more than the lower bound.`,
  'why.dedicated': (p: { items: number }, f: Formatters) =>
    `${f.num(p.items)} machines or groups exceed the limits at this headroom and get a dedicated PS-12 each.`,
  'why.packing': (p: { extraServers: number }, f: Formatters) =>
    `The machines’ churn doesn’t divide evenly over the servers: ${f.num(p.extraServers)} more than the lower bound.`,
};
