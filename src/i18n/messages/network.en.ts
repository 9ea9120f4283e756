import type { Formatters } from '../format';
import { countOf } from './figures';

/** Hours with one decimal: "72 h", "1,234.5 h". */
const hours = (f: Formatters, h: number) => `${f.num(h, 1)} h`;

/** The network to Azure: link settings, bandwidth, initial replication waves, caches that fill (docs/rules.md#network). */
export const networkEn = {
  'network.heading': 'Network to Azure',
  'network.intro':
    'Bandwidth from effective churn (Mbit/s = GB/day × 8 × 1024 / 86400); initial replication in waves that finish within the goal, each shrunk by the churn of the machines already protected.',
  'network.settings.heading': 'Link to Azure',
  'network.settings.all': 'Link for every site (Mbit/s)',
  'network.settings.site': (p: { site: string }) => `Link of site ${p.site} (Mbit/s)`,
  'network.settings.perSite': 'A link per site',
  'network.settings.siteHint': 'A site left empty has the link for every site.',
  'network.machinesOfWaves': 'Machines of each wave',
  'network.settings.goal': 'Initial replication goal per wave (hours)',
  'network.settings.none': 'Give a link to see bandwidth, initial replication waves and whether caches fill.',
  'network.settingsText': (p: { all: number | null; sites: { site: string; mbps: number }[]; goal: number }, f: Formatters) =>
    `Link to Azure: ${f.list([
      ...(p.all === null ? [] : [`${f.mbps(p.all)} for every ${p.sites.length ? 'other ' : ''}site`]),
      ...p.sites.map((l) => `${f.mbps(l.mbps)} for ${l.site}`),
    ])}; initial replication goal ${hours(f, p.goal)} per wave.`,
  'network.site': (p: { site: string }) => `Site ${p.site}`,
  'network.noLink': 'No link is set for this site: bandwidth only.',
  'network.bandwidth': (p: { average: number; link: number | null }, f: Formatters) =>
    `Average ${f.mbps(p.average)}${p.link === null ? '' : ` over a ${f.mbps(p.link)} link`}.`,
  'network.peak': (p: { peak: number; withoutPeak: number }, f: Formatters) =>
    `Peak at most ${f.mbps(p.peak)}: the sum of the machines’ peaks, an upper bound (they seldom peak together)${p.withoutPeak > 0 ? `; ${countOf(f, p.withoutPeak, 'machine', 'machines')} without a peak counted at their average` : ''}.`,
  'network.irDone': (p: { waves: number; hours: number; goal: number }, f: Formatters) =>
    `Initial replication: ${countOf(f, p.waves, 'wave', 'waves')}, done in ${hours(f, p.hours)} (goal ${hours(f, p.goal)} per wave).`,
  'network.irBlocked': (p: { waves: number; machines: number }, f: Formatters) =>
    `After ${countOf(f, p.waves, 'wave', 'waves')} the churn of the protected machines fills the link: no further wave fits, and ${countOf(f, p.machines, 'machine', 'machines')} can’t be seeded until the link is faster or churn lower.`,
  'network.unknownSize': (p: { machines: number }, f: Formatters) =>
    `${countOf(f, p.machines, 'machine has', 'machines have')} neither used nor provisioned storage: left out of the waves.`,
  'network.provisioned': (p: { machines: number }, f: Formatters) =>
    `${countOf(f, p.machines, 'machine is', 'machines are')} sized by provisioned storage (used storage unknown): their waves may be shorter.`,
  'network.backlog': (p: { site: string; average: number; link: number; gbPerHour: number }, f: Formatters) =>
    `In site ${p.site} churn (${f.mbps(p.average)}) outruns the link (${f.mbps(p.link)}): the caches fall behind by ${f.gb(p.gbPerHour)} an hour.`,
  'network.cacheFull': (p: { id: string; cacheGB: number; hours: number }, f: Formatters) =>
    `${p.id}’s ${f.gb(p.cacheGB)} cache is 80 % full in ${hours(f, p.hours)}; below 20 % free, replication is throttled.`,
  'network.keepsUp': 'The link carries the churn: no cache fills.',
  'network.wave': 'Wave',
  'network.waveMachines': 'Machines',
  'network.waveGB': 'Data (GB)',
  'network.waveFree': 'Link free (Mbit/s)',
  'network.waveStart': 'Starts (h)',
  'network.waveHours': 'Hours',
  'network.waveNames': (p: { wave: number; machines: number }, f: Formatters) =>
    `Wave ${f.num(p.wave)}: ${countOf(f, p.machines, 'machine', 'machines')}`,
  'network.chart': 'Initial replication waves over time',
  'network.chartAxis': 'Hours from the start',
  'network.chartSeeding': 'Initial replication, start to end (h)',
  'network.servers': 'Servers: bandwidth and cache',
  'network.serverId': 'Server',
  'network.serverSite': 'Site',
  'network.serverMbps': 'Average (Mbit/s)',
  'network.serverCache': 'Cache (GB)',
  'network.serverFull': 'Cache 80 % full in (h)',
  'network.never': 'does not fill',
  'alerts.cacheFills': (p: { servers: number; hours: number }, f: Formatters) =>
    `Churn outruns the link to Azure: ${countOf(f, p.servers, 'server’s cache fills', 'servers’ caches fill')}, the first 80 % full in ${hours(f, p.hours)}, and replication is throttled below 20 % free.`,
  'alerts.cacheFillsLink': 'See the network',
  'alerts.irBlocked': (p: { machines: number }, f: Formatters) =>
    `Initial replication can’t finish: ${countOf(f, p.machines, 'machine fits', 'machines fit')} in no wave because the churn already protected fills the link.`,
};
