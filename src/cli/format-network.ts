import type { NetworkDocument } from '../core/network';
import { translator } from '../i18n/catalogue';
import { formatters } from '../i18n/format';
import { cacheLines, siteNetworkLines, waveStarts } from '../i18n/network-texts';
import { siteLabel, textTable } from './text-table';

const t = translator('en');
const f = formatters('en');
const NAMES_PER_WAVE = 10;

/** The network section of the readable report: per site, bandwidth and waves; the servers; caches that fill. */
export function formatNetwork(n: NetworkDocument): string[] {
  const out = ['', `${t('network.heading')}:`];
  for (const s of n.sites) {
    out.push(`  ${t('network.site', { site: siteLabel(s.site) })}`, ...siteNetworkLines(t, s, n.irGoalHours).map((l) => `    ${l}`));
    const starts = waveStarts(s);
    for (const w of s.waves) {
      const names = w.machines.slice(0, NAMES_PER_WAVE).join(', ');
      const more = w.machines.length > NAMES_PER_WAVE ? ` … and ${f.num(w.machines.length - NAMES_PER_WAVE)} more (--json lists all)` : '';
      out.push(
        `    ${t('network.waveNames', { wave: w.wave, machines: w.machineCount })}, ${f.gb(w.gb)}, ${f.num(starts[w.wave - 1]!, 1)}–${f.num(starts[w.wave - 1]! + w.hours, 1)} h: ${names}${more}`,
      );
    }
  }
  const head = [t('network.serverId'), t('network.serverSite'), t('network.serverMbps'), t('network.serverCache'), t('network.serverFull')];
  const rows = n.servers.map((v) => [
    v.id,
    siteLabel(v.site),
    f.num(v.averageMbps, 2),
    f.num(v.cacheGB),
    v.cacheFullHours === null ? t('network.never') : f.num(v.cacheFullHours, 1),
  ]);
  out.push('', textTable([head, ...rows], new Set([2, 3, 4])));
  const caches = cacheLines(t, n, siteLabel);
  out.push('', ...(caches.length ? caches : [t('network.keepsUp')]));
  return out;
}
