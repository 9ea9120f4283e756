import type { ServerRole } from '../../core/rules';
import type { Formatters } from '../format';
import { nounsEn, upperFirst } from '../server-nouns';
import { countOf } from './figures';

type Role = { role: ServerRole };

/** The printed deployment document. */
export const printEn = {
  'print.title': (p: Role) => `${upperFirst(nounsEn(p.role).replicator)} deployment plan`,
  'print.prepared': (p: { date: string; name: string }) => `Prepared ${p.date} from ${p.name}`,
  'print.inputs': 'Inputs and assumptions',
  'print.ruleSet': 'Rule set',
  // The rule set's title in the page's language comes with the rule set's data.
  'print.ruleSetName': (p: { id: string; title: string }) => `${p.id} — ${p.title}`,
  'print.units': 'Units',
  'print.unitsText':
    'Churn in GB/day; 1 TB = 1024 GB; MB/s × 84.375 = GB/day; bandwidth in Mbit/s = GB/day × 8 × 1024 / 86400. Limits are inclusive.',
  'print.settings': 'Settings',
  // Only the settings the rule set uses are printed: no configuration server, no word about one.
  'print.settingsText': (p: { multiplier: string; growth: string; headroom: string; builtIn?: string; site?: string; strategy?: string }) =>
    `Churn multiplier ${p.multiplier}×, growth ${p.growth}, headroom ${p.headroom}` +
    (p.builtIn === undefined ? '' : `, built-in process server ${p.builtIn}`) +
    (p.site === undefined ? '' : `, configuration server in ${p.site}`) +
    (p.strategy === undefined ? '' : `, strategy: ${p.strategy}`) +
    '.',
  'print.on': 'on',
  'print.off': 'off',
  'print.inventory': 'Inventory',
  'print.inventoryText': (p: { machines: number; rejected: number; skipped: number; unplaced: number }, f: Formatters) =>
    `${countOf(f, p.machines, 'machine', 'machines')} accepted, ${countOf(f, p.rejected, 'row', 'rows')} rejected, ${p.skipped > 0 ? `${countOf(f, p.skipped, 'summary row', 'summary rows')} skipped, ` : ''}${countOf(f, p.unplaced, 'machine', 'machines')} unplaced.`,
  'print.architecture': 'Architecture',
  'print.hardware': 'Hardware',
  'print.vaults': 'Vaults',
  'print.sources': 'Sources',
  'print.source': (p: { title: string; date: string; url: string }) => `${p.title} (${p.date}) — ${p.url}`,
  'print.machines': 'Machines per server',
  'checklist.heading': (p: Role) => `Pre-deployment checklist (each ${nounsEn(p.role).replicator})`,
  'deploy.static-ip': 'A static IPv4 address, and no NAT between source machines and the process server.',
  'deploy.static-fqdn': 'A static fully qualified domain name (FQDN); NAT between the source machines and the appliance is supported.',
  'deploy.dedicated-machine': 'A dedicated machine: nothing else runs on the process server.',
  'deploy.port-in': (p: { port: number; purpose: 'replication-data' | 'control' }) =>
    p.purpose === 'control'
      ? `Port ${p.port} open inbound — control channel orchestration.`
      : `Port ${p.port} (HTTPS) open inbound from the source machines — replication data.`,
  'deploy.port-out-azure': (p: { port: number }) => `Port ${p.port} open outbound to Azure.`,
  'deploy.version-not-newer': 'The scale-out process server’s version is the same as, or older than, the configuration server’s.',
  'deploy.operating-system': (p: { os: string }) =>
    `${p.os}, English (en-*) locale, without the Active Directory Domain Services, IIS or Hyper-V roles.`,
  'deploy.cache-free': (p: { keepPercent: number; throttledBelowPercent: number }, f: Formatters) =>
    `Keep cache disk free space at ${f.percent(p.keepPercent)} or more (below ${f.percent(p.throttledBelowPercent)} replication is throttled).`,
  'deploy.cpu-memory': (p: { belowPercent: number }, f: Formatters) => `Keep CPU and memory use under ${f.percent(p.belowPercent)}.`,
  'deploy.heading': (p: { oneAtATime: boolean } & Role) =>
    p.oneAtATime
      ? `Deploy and register the ${nounsEn(p.role).many} one at a time, in this order`
      : `Unattended install of each ${nounsEn(p.role).full}`,
  'deploy.before': 'First',
  'deploy.new-vault': (p: { vaults: number; perVault: number } & Role, f: Formatters) =>
    `Create ${p.vaults === 1 ? 'a new Recovery Services vault' : `${f.num(p.vaults)} new Recovery Services vaults`} for the ${nounsEn(p.role).many}, used for this architecture only (an existing vault can’t be used). One vault holds at most ${countOf(f, p.perVault, nounsEn(p.role).one, nounsEn(p.role).many)}.`,
  'deploy.deploy-appliance': (
    p: { id: string; site: string; tier: string; vcpu: number; memoryGB: number; cacheGB: number },
    f: Formatters,
  ) =>
    `Deploy ${p.id}${p.site === '' ? '' : ` in site ${p.site}`} (OVA template or installer): ${p.tier}, ${p.vcpu} vCPU, ${f.gb(p.memoryGB)} RAM, ${f.gb(p.cacheGB)} cache disk.`,
  'deploy.register-appliance': (p: { id: string; next: string | null }) =>
    p.next === null
      ? `Register ${p.id} with the vault.`
      : `Register ${p.id} with the vault, and wait until its registration has finished before starting ${p.next}: registering several at once is not supported.`,
  'deploy.unattended-install':
    'Run on each server from the extracted installer folder; fill in the configuration server’s IP and the passphrase file.',
  'install.csIp': '<configuration server IP>',
};
