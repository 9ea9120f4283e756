import type { ServerRole } from '../../core/rules';
import type { Formatters } from '../format';
import { nounsEn, serversEn, upperFirst } from '../server-nouns';
import { countOf } from './figures';

type Role = { role: ServerRole };

/** Settings and the plan's results. */
export const planEn = {
  'settings.heading': 'Settings',
  'settings.multiplier': 'Churn multiplier',
  'settings.growth': 'Growth (%)',
  'settings.growthPreset': (p: { value: number }, f: Formatters) => `Deployment Planner default ${f.percent(p.value)}`,
  'settings.headroom': 'Headroom (%)',
  'settings.headroomPreset': (p: { value: number }, f: Formatters) => `${f.percent(p.value)} — troubleshooting guide`,
  'settings.builtIn': 'Use the configuration server’s built-in process server',
  'settings.configSite': 'Configuration server site',
  'settings.configSiteAuto': (p: { site: string }) => `Busiest site — ${p.site}`,
  'settings.siteOption': (p: { site: string; machines: number }, f: Formatters) =>
    `${p.site} — ${countOf(f, p.machines, 'machine', 'machines')}`,
  'settings.configSiteMissing': (p: { site: string }) =>
    `Site “${p.site}” has no machines in this inventory; the configuration server replicates none.`,
  'settings.configSiteTooLong': (p: { limit: number }, f: Formatters) =>
    `Sites whose names are longer than ${f.num(p.limit)} characters can’t be chosen for the configuration server: the plan could not be saved, shared or opened again. Shorten the name in the inventory to choose it.`,
  'settings.strategy': 'Strategy',
  'strategy.fewest': 'Fewest servers',
  'strategy.least': 'Least vCPU',
  'settings.ruleSet': 'Architecture (rule set)',
  'settings.retired': (p: { retiredOn: string }, f: Formatters) =>
    `Microsoft retired this architecture on ${f.day(p.retiredOn)}: no machine can replicate through it any more. Plan new deployments, and the move off it, with replication appliances.`,
  'settings.retiredSources': 'Sources:',
  'settings.notUsed': 'The built-in process server, the configuration server’s site and the strategy don’t apply to this architecture.',

  'actions.heading': 'Plan',
  'actions.print': 'Print plan',
  'actions.share': 'Copy share link',
  'actions.downloadPlan': 'Download plan (JSON)',
  'actions.downloadAssignments': 'Download assignments (CSV)',
  'actions.downloadPlanFile': 'Download plan file',
  'actions.openPlanFile': 'Open plan file',
  'share.copied': 'Share link copied. It holds the inventory and settings; anyone with the link sees them.',
  'share.copyManually': 'Copy the link below (the browser did not allow copying).',
  'share.linkLabel': 'Share link',
  'share.tooLong': (p: { chars: number; limit: number }, f: Formatters) =>
    `This link is ${f.num(p.chars)} characters — too long to paste comfortably (over ${f.num(p.limit)}). Use “Download plan file” and send the file instead.`,

  'summary.heading': 'Summary',
  'summary.scaleOut': (p: Role) => nounsEn(p.role).heading,
  'summary.atLowerBound': (p: { lb: number }, f: Formatters) => `meets the lower bound of ${f.num(p.lb)}`,
  'summary.lowerBound': (p: { lb: number }, f: Formatters) => `lower bound ${f.num(p.lb)}`,
  'summary.machines': 'Machines',
  'summary.machinesSub': (p: { rejected: number; unplaced: number }, f: Formatters) =>
    `${countOf(f, p.rejected, 'row', 'rows')} rejected · ${f.num(p.unplaced)} unplaced`,
  'summary.churn': 'Effective churn',
  'summary.bandwidth': (p: { mbps: number }, f: Formatters) => `needs ${f.mbps(p.mbps)} on average`,
  'summary.vcpu': 'Total vCPU',
  'summary.servers': (p: { n: number; hasBuiltIn: boolean } & Role, f: Formatters) =>
    !p.hasBuiltIn
      ? `over ${serversEn(f, p.role, p.n)}`
      : p.n === 1
        ? 'on the configuration server alone'
        : `over ${f.num(p.n)} servers, configuration server included`,
  'summary.vaults': 'Recovery Services vaults',
  'summary.vaultsSub': (p: { perVault: number } & Role, f: Formatters) =>
    `new, for this architecture only; up to ${serversEn(f, p.role, p.perVault)} per vault`,
  'summary.alternative': (p: { servers: number; lowerBound: number; name: string } & Role, f: Formatters) =>
    `With ${p.name}: ${serversEn(f, p.role, p.servers)} (lower bound ${f.num(p.lowerBound)}) for the same inventory and settings.`,
  'summary.alternativeWorking': (p: { name: string }) => `With ${p.name}: working it out…`,
  'summary.alternativeSwitch': (p: { name: string }) => `Plan with ${p.name}`,
  'summary.minimumHardware': (
    p: {
      tier: string;
      vcpu: number;
      memoryGB: number;
      cacheGB: number;
      cores: number;
      minMemoryGB: number;
      disksGB: number[];
      os: string;
    } & Role,
    f: Formatters,
  ) =>
    `Every ${nounsEn(p.role).one} is sized ${p.tier} (${p.vcpu} vCPU, ${f.gb(p.memoryGB)} RAM, ${f.gb(p.cacheGB)} cache), the one published sizing row. Microsoft’s minimum hardware — ${p.cores} cores, ${f.gb(p.minMemoryGB)} RAM, disks of ${f.list(p.disksGB.map((d) => f.gb(d)))}, ${p.os} — is shown, not used for sizing.`,
  'summary.ram': 'Total RAM',
  'summary.cache': 'Total cache disk',

  'why.heading': 'Why this many servers',
  'why.site': (p: { site: string; servers: number; lb: number } & Role, f: Formatters) =>
    `Site ${p.site}: ${serversEn(f, p.role, p.servers)} (lower bound ${f.num(p.lb)})`,

  'servers.heading': 'Servers',
  'servers.id': 'Server',
  'servers.site': 'Site',
  'servers.tier': 'Tier (vCPU)',
  'servers.machines': 'Machines',
  'servers.churn': 'Churn GB/day',
  'servers.utilisation': 'Use of the tier’s limits',
  'servers.useMachines': 'machines',
  'servers.useChurn': 'churn',
  'servers.spec': (p: { vcpu: number; sockets: number; cores: number; ghz: number }) =>
    `${p.vcpu} vCPU (${p.sockets} × ${p.cores} @ ${p.ghz} GHz)`,
  'servers.memory': (p: { gb: number }, f: Formatters) => `${f.gb(p.gb)} RAM`,
  'servers.cacheDisk': (p: { gb: number }, f: Formatters) => `${f.gb(p.gb)} cache`,
  'settings.configSiteAutoEmpty': 'Busiest site',
  'strip.label': 'Plan at a glance',
  'alerts.heading': 'Check before you use this plan',
  'alerts.toCheck': (p: { n: number }, f: Formatters) => `! ${countOf(f, p.n, 'thing', 'things')} to check`,
  'alerts.applyHeadroom': (p: { value: number }, f: Formatters) => `Apply the troubleshooting guide’s ${f.percent(p.value)} headroom`,
  'alerts.applyGrowth': (p: { value: number }, f: Formatters) => `Plan the Deployment Planner’s ${f.percent(p.value)} growth`,
  'alerts.rejected': (p: { n: number }, f: Formatters) =>
    `${countOf(f, p.n, 'row', 'rows')} of the file ${p.n === 1 ? 'was' : 'were'} rejected and ${p.n === 1 ? 'is' : 'are'} not in this plan.`,
  'alerts.rejectedLink': 'See the rejected rows',
  'alerts.unplaced': (p: { n: number } & Role, f: Formatters) =>
    `${countOf(f, p.n, 'machine', 'machines')} can’t be placed on any one ${nounsEn(p.role).replicator} and ${p.n === 1 ? 'is' : 'are'} on no server of this plan.`,
  'alerts.unplacedLink': 'See the machines that can’t be placed',
  'strip.text': (p: { servers: number; vcpu: number; churn: number } & Role, f: Formatters) =>
    `${serversEn(f, p.role, p.servers)} · ${f.num(p.vcpu)} vCPU · ${f.gbPerDay(p.churn)}`,
  'mapping.summary': (p: { name: string; churn: string }) => `Name: ${p.name} · churn: ${p.churn}`,
  'servers.updating': 'updating…',
  'servers.showAll': (p: { n: number }, f: Formatters) => `Show all ${countOf(f, p.n, 'server', 'servers')}`,
  'servers.dedicated': 'dedicated',
  'servers.showMachines': (p: { n: number }, f: Formatters) => `Show ${countOf(f, p.n, 'machine', 'machines')}`,
  'servers.hideMachines': 'Hide machines',
  'servers.machinesOf': (p: { id: string }) => `Machines of ${p.id}`,
  'role.configuration': 'Configuration server',
  'role.scale-out': 'Scale-out process server',
  'role.appliance': 'Replication appliance',

  'unplaced.heading': 'Machines that can’t be placed',
  'unplaced.machine': 'Machine',
  'warnings.heading': 'Warnings',

  'chart.heading': 'Charts',
  'chart.loading': 'Loading charts…',
  'chart.table': 'Data table',
  'chart.util.title': 'Utilisation per server',
  'chart.util.machines': 'Machines %',
  'chart.util.churn': 'Churn %',
  'chart.util.best': (p: { value: number }, f: Formatters) => `${f.percent(p.value)} best practice`,
  'chart.util.warn': (p: { value: number }, f: Formatters) => `${f.percent(p.value)} warning`,
  'chart.util.axis': 'Share of the tier’s limit (%)',
  'chart.churn.title': 'Churn per machine',
  'chart.churn.axis': 'GB/day',
  'chart.churn.machines': 'Machines',
  'chart.whatif.title': (p: Role) => `${upperFirst(nounsEn(p.role).many)} as churn changes`,
  'chart.whatif.axis': 'Churn multiplier',
  'chart.whatif.servers': (p: Role) => upperFirst(nounsEn(p.role).many),
  'chart.whatif.lowerBound': 'Lower bound',
  'chart.whatif.unplaced': 'Unplaced machines',
  'chart.whatif.drop': (p: { m: number; before: number; after: number; unplaced: number } & Role, f: Formatters) =>
    `More churn never needs fewer servers: at ${f.times(p.m)} the count falls from ${f.num(p.before)} to ${f.num(p.after)} because machines stop fitting any one ${nounsEn(p.role).replicator} and are left unplaced, on no server (${countOf(f, p.unplaced, 'machine', 'machines')} at ${f.times(p.m)}: dashed line, right axis).`,
  'chart.whatif.current': (p: { m: number }, f: Formatters) => `Current (${f.times(p.m)})`,
  'chart.whatif.computing': 'Working out the what-if…',
};
