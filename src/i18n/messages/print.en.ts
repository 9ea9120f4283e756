import type { Formatters } from '../format';
import { countOf } from './figures';

/** The printed deployment document. */
export const printEn = {
  'print.title': 'Process server deployment plan',
  'print.prepared': (p: { date: string; name: string }) => `Prepared ${p.date} from ${p.name}`,
  'print.inputs': 'Inputs and assumptions',
  'print.ruleSet': 'Rule set',
  // The rule set's own title (English, kept with the rules) passes through; other languages translate it.
  'print.ruleSetName': (p: { id: string; title: string }) => `${p.id} — ${p.title}`,
  'print.units': 'Units',
  'print.unitsText':
    'Churn in GB/day; 1 TB = 1024 GB; MB/s × 84.375 = GB/day; bandwidth in Mbit/s = GB/day × 8 × 1024 / 86400. Limits are inclusive.',
  'print.settings': 'Settings',
  'print.settingsText': (p: { multiplier: string; growth: string; headroom: string; builtIn: string; site: string; strategy: string }) =>
    `Churn multiplier ${p.multiplier}×, growth ${p.growth}, headroom ${p.headroom}, built-in process server ${p.builtIn}, configuration server in ${p.site}, strategy: ${p.strategy}.`,
  'print.on': 'on',
  'print.off': 'off',
  'print.inventory': 'Inventory',
  'print.inventoryText': (p: { machines: number; rejected: number; skipped: number; unplaced: number }, f: Formatters) =>
    `${countOf(f, p.machines, 'machine', 'machines')} accepted, ${countOf(f, p.rejected, 'row', 'rows')} rejected, ${p.skipped > 0 ? `${countOf(f, p.skipped, 'summary row', 'summary rows')} skipped, ` : ''}${countOf(f, p.unplaced, 'machine', 'machines')} unplaced.`,
  'print.sources': 'Sources',
  'print.source': (p: { title: string; date: string; url: string }) => `${p.title} (${p.date}) — ${p.url}`,
  'print.machines': 'Machines per server',
  'checklist.heading': 'Pre-deployment checklist (each process server)',
  'checklist.staticIp': 'A static IPv4 address, and no NAT between source machines and the process server.',
  'checklist.dedicated': 'A dedicated machine: nothing else runs on the process server.',
  'checklist.port9443': 'Port 9443 (HTTPS) open inbound from the source machines — replication data.',
  'checklist.port443': 'Port 443 open outbound to Azure.',
  'checklist.version': 'The scale-out process server’s version is the same as, or older than, the configuration server’s.',
  'checklist.cacheFree': (p: { keep: number; throttled: number }, f: Formatters) =>
    `Keep cache disk free space at ${f.percent(p.keep)} or more (below ${f.percent(p.throttled)} replication is throttled).`,
  'checklist.cpuMemory': (p: { below: number }, f: Formatters) => `Keep CPU and memory use under ${f.percent(p.below)}.`,
  'install.heading': 'Unattended install of each scale-out process server',
  'install.csIp': '<configuration server IP>',
  'install.intro': 'Run on each server from the extracted installer folder; fill in the configuration server’s IP and the passphrase file.',
};
