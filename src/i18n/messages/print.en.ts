import type { Formatters } from '../format';

/** The printed deployment document. */
export const printEn = {
  'print.title': 'Process server deployment plan',
  'print.prepared': (p: { date: string; name: string }) => `Prepared ${p.date} from ${p.name}`,
  'print.inputs': 'Inputs and assumptions',
  'print.ruleSet': 'Rule set',
  'print.units': 'Units',
  'print.unitsText': 'Churn in GB/day; 1 TB = 1024 GB; MB/s × 84.375 = GB/day; bandwidth in Mbit/s = GB/day × 8 × 1024 / 86400. Limits are inclusive.',
  'print.settings': 'Settings',
  'print.settingsText': (p: { multiplier: string; growth: string; headroom: string; builtIn: string; site: string; strategy: string }) =>
    `Churn multiplier ${p.multiplier}×, growth ${p.growth}, headroom ${p.headroom}, built-in process server ${p.builtIn}, configuration server in ${p.site}, strategy: ${p.strategy}.`,
  'print.on': 'on',
  'print.off': 'off',
  'print.inventory': 'Inventory',
  'print.inventoryText': (p: { machines: number; rejected: number; unplaced: number }, f: Formatters) =>
    `${f.num(p.machines)} machines accepted, ${f.num(p.rejected)} rows rejected, ${f.num(p.unplaced)} machines unplaced.`,
  'print.sources': 'Sources',
  'print.machines': 'Machines per server',
  'print.cache': 'cache',
  'checklist.heading': 'Pre-deployment checklist (each process server)',
  'checklist.staticIp': 'A static IPv4 address, and no NAT between source machines and the process server.',
  'checklist.dedicated': 'A dedicated machine: nothing else runs on the process server.',
  'checklist.port9443': 'Port 9443 (HTTPS) open inbound from the source machines — replication data.',
  'checklist.port443': 'Port 443 open outbound to Azure.',
  'checklist.version': 'The scale-out process server’s version is the same as, or older than, the configuration server’s.',
  'checklist.cacheFree': 'Keep cache disk free space at 25 % or more (below 20 % replication is throttled).',
  'checklist.cpuMemory': 'Keep CPU and memory use under 70 %.',
  'install.heading': 'Unattended install of each scale-out process server',
  'install.intro': 'Run on each server from the extracted installer folder; fill in the configuration server’s IP and the passphrase file.',
};
