import type { NetworkDocument } from '../../core/network';
import { header, maybe, n, t, type WorkbookSheet } from './cells';

/**
 * The network to Azure as `plan --json`'s `network` has it (docs/rules.md#network): per site the
 * bandwidth, link, initial-replication hours and backlog; the waves, a row per machine; each
 * server's hours until its cache is 80 % full. A figure that is not known is an empty cell, never 0.
 */
export function networkSheets(net: NetworkDocument): WorkbookSheet[] {
  const sites = net.sites.map((s) => [
    t(s.site),
    maybe(s.linkMbps),
    n(s.averageMbps),
    maybe(s.peakMbps),
    maybe(s.irHours),
    n(net.irGoalHours),
    maybe(s.backlogGBPerHour),
    n(s.waves.length),
    t(s.unknownSize.join(', ')),
  ]);
  // One row per machine (a wave of thousands fits no cell); the wave's figures on its first row only, so they sum.
  const waves = net.sites.flatMap((s) =>
    s.waves.flatMap((w) =>
      w.machines.map((m, i) =>
        i === 0
          ? [t(s.site), n(w.wave), t(m), n(w.machines.length), n(w.gb), n(w.hours)]
          : [t(s.site), n(w.wave), t(m), t(''), t(''), t('')],
      ),
    ),
  );
  const servers = net.servers.map((s) => [t(s.id), t(s.site), n(s.averageMbps), maybe(s.cacheFullHours)]);
  return [
    {
      name: 'Network',
      rows: [
        header(
          'Site',
          'Link (Mbit/s)',
          'Average (Mbit/s)',
          'Peak (Mbit/s)',
          'Initial replication (hours)',
          'Goal (hours)',
          'Backlog (GB/hour)',
          'Waves',
          'Machines of unknown size',
        ),
        ...sites,
      ],
    },
    { name: 'Network waves', rows: [header('Site', 'Wave', 'Machine', 'Machines', 'Size (GB)', 'Hours'), ...waves] },
    { name: 'Network servers', rows: [header('Server', 'Site', 'Average (Mbit/s)', 'Cache 80 % full (hours)'), ...servers] },
  ];
}
