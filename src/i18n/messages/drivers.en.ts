import type { ServerRole } from '../../core/rules';
import { GB_PER_TB } from '../../core/units';
import type { Formatters } from '../format';
import { nounsEn, serversEn } from '../server-nouns';
import { countOf } from './figures';

/** What every reason sentence knows besides its driver: the plan's scaling role and the built-in share's published figures. */
export interface DriverContext {
  role: ServerRole;
  /** The built-in process server's published share (at 100 % headroom); null where there is no built-in server. */
  share: { machines: number; churnGBPerDay: number } | null;
}

// A daily churn rule as its documents say it: whole terabytes in TB ("2 TB/day"), else in GB.
const perDayRule = (f: Formatters, gb: number) => (gb % GB_PER_TB === 0 ? `${f.num(gb / GB_PER_TB)} TB/day` : f.gbPerDay(gb));

/** Why a site has the scaling servers it has: one sentence per driver kind (ScaleOutDriver). */
export const driversEn = {
  'why.built-in-only': (p: { machines: number } & DriverContext, f: Formatters) =>
    `The configuration server’s built-in process server replicates the ${countOf(f, p.machines, 'machine', 'machines')} of this site that a process server can take: no ${nounsEn(p.role).one} is needed.`,
  'why.unplaced': (p: { machines: number } & DriverContext, f: Formatters) =>
    `${countOf(f, p.machines, 'machine', 'machines')} of this site can’t be placed on any one ${nounsEn(p.role).replicator}: ${p.machines === 1 ? 'it is' : 'they are'} on no server of this plan (see “Machines that can’t be placed”).`,
  'why.machines': (p: { machines: number; limit: number } & DriverContext, f: Formatters) =>
    `${countOf(f, p.machines, 'machine is', 'machines are')} more than the ${f.num(p.limit)} the configuration server’s built-in process server replicates (the ${f.num(p.share?.machines ?? p.limit)}-machine rule).`,
  'why.capacity': (
    p: { machines: number; churnGBPerDay: number; servers: number; perServer: { machines: number; churnGBPerDay: number } } & DriverContext,
    f: Formatters,
  ) =>
    `This site’s ${countOf(f, p.machines, 'machine', 'machines')} with ${f.gbPerDay(p.churnGBPerDay)} of churn need at least ${serversEn(f, p.role, p.servers)}: one takes up to ${countOf(f, p.perServer.machines, 'machine', 'machines')} and ${f.gbPerDay(p.perServer.churnGBPerDay)} at this headroom.`,
  'why.churn': (p: { churnGBPerDay: number; limit: number } & DriverContext, f: Formatters) =>
    `Daily churn of ${f.gbPerDay(p.churnGBPerDay)} is more than the ${f.gbPerDay(p.limit)} the built-in process server replicates (the ${perDayRule(f, p.share?.churnGBPerDay ?? p.limit)} rule).`,
  'why.other-site': (p: { configSite: string } & DriverContext) =>
    `The configuration server stands in site “${p.configSite}”; a process server serves one site only, so this site needs its own.`,
  'why.built-in-off': (p: DriverContext) =>
    `The configuration server’s built-in process server is switched off, so ${nounsEn(p.role).many} replicate every machine.`,
  'why.headroom': (p: { headroomPercent: number; serversAtFullHeadroom: number } & DriverContext, f: Formatters) =>
    `Headroom of ${f.percent(p.headroomPercent)} lowers every limit; at ${f.percent(100)} ${serversEn(f, p.role, p.serversAtFullHeadroom)} would do.`,
  'why.groups': (p: { extraServers: number } & DriverContext, f: Formatters) =>
    `Groups that must stay together don’t divide evenly over the servers: ${f.num(p.extraServers)} more than the lower bound.`,
  'why.dedicated': (p: { items: number; machines: number; tier: string } & DriverContext, f: Formatters) =>
    p.items === 1
      ? `One machine or group (${countOf(f, p.machines, 'machine', 'machines')}) exceeds the limits at this headroom and gets a dedicated ${p.tier}.`
      : `${f.num(p.items)} machines or groups (${countOf(f, p.machines, 'machine', 'machines')}) exceed the limits at this headroom and get a dedicated ${p.tier} each.`,
  'why.packing': (p: { extraServers: number } & DriverContext, f: Formatters) =>
    `The machines’ churn doesn’t divide evenly over the servers: ${f.num(p.extraServers)} more than the lower bound.`,
};
