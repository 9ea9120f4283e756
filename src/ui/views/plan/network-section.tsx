import { createSignal, For, lazy, Show, Suspense } from 'solid-js';
import type { NetworkDocument, SiteNetworkDocument } from '../../../core/network';
import { cacheLines, siteNetworkLines, waveStarts } from '../../../i18n/network-texts';
import { useApp } from '../../app-context';
import { DataTable } from '../../charts/data-table';
import { printing } from '../../print-mode';

// Chart.js comes with the chart, as the plan's other charts do.
const WavesChart = lazy(() => import('../../charts/waves-chart'));

/** The network to Azure (docs/rules.md#network): per site bandwidth and waves, the servers' caches, and where they fill. */
export function NetworkSection(props: { network: NetworkDocument }) {
  const { tr, fmt } = useApp();
  const siteName = (s: string) => (s === '' ? tr('site.none') : s);
  const risks = () => cacheLines(tr, props.network, siteName);
  return (
    <section class="card stack" id="network" aria-labelledby="network-heading" data-testid="network-section">
      <h2 id="network-heading">{tr('network.heading')}</h2>
      <p class="small muted">{tr('network.intro')}</p>
      <Show when={risks().length > 0}>
        <div class="notice warn stack tight" data-testid="network-risks">
          <For each={risks()}>{(l) => <span>{l}</span>}</For>
        </div>
      </Show>
      <For each={props.network.sites}>
        {(site) => <SiteBlock site={site} goal={props.network.irGoalHours} multi={props.network.sites.length > 1} />}
      </For>
      <h3>{tr('network.servers')}</h3>
      <div class="table-wrap">
        <table data-testid="network-servers">
          <thead>
            <tr>
              <th scope="col">{tr('network.serverId')}</th>
              <th scope="col">{tr('network.serverSite')}</th>
              <th scope="col">{tr('network.serverMbps')}</th>
              <th scope="col">{tr('network.serverCache')}</th>
              <th scope="col">{tr('network.serverFull')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.network.servers}>
              {(s) => (
                <tr>
                  <th scope="row">{s.id}</th>
                  <td>{siteName(s.site)}</td>
                  <td class="num">{fmt().num(s.averageMbps, 2)}</td>
                  <td class="num">{fmt().num(s.cacheGB)}</td>
                  <td class="num">{s.cacheFullHours === null ? tr('network.never') : fmt().num(s.cacheFullHours, 1)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SiteBlock(props: { site: SiteNetworkDocument; goal: number; multi: boolean }) {
  const { tr, fmt } = useApp();
  const siteName = () => (props.site.site === '' ? tr('site.none') : props.site.site);
  const title = () => `${tr('network.chart')}${props.multi ? ` — ${siteName()}` : ''}`;
  const starts = () => waveStarts(props.site);
  return (
    <div class="stack" data-site={props.site.site}>
      <Show when={props.multi}>
        <h3>{tr('network.site', { site: siteName() })}</h3>
      </Show>
      <ul class="plain-list">
        <For each={siteNetworkLines(tr, props.site, props.goal)}>{(l) => <li>{l}</li>}</For>
      </ul>
      <Show when={props.site.waves.length > 0}>
        <figure class="stack figure" data-chart="waves">
          <figcaption>
            <h4>{title()}</h4>
          </figcaption>
          <Suspense fallback={<p class="muted">{tr('chart.loading')}</p>}>
            <WavesChart site={props.site} label={title()} />
          </Suspense>
          <DataTable
            summary={tr('chart.table')}
            caption={title()}
            head={[
              tr('network.wave'),
              tr('network.waveMachines'),
              tr('network.waveGB'),
              tr('network.waveFree'),
              tr('network.waveStart'),
              tr('network.waveHours'),
            ]}
            rows={props.site.waves.map((w, i) => [
              fmt().num(w.wave),
              fmt().num(w.machineCount),
              fmt().num(w.gb, 1),
              fmt().num(w.freeMbps, 2),
              fmt().num(starts()[i]!, 1),
              fmt().num(w.hours, 1),
            ])}
          />
          <WaveMachines site={props.site} />
        </figure>
      </Show>
    </div>
  );
}

/** The machines of each wave, written out only while open (or on paper: a change board signs names). */
function WaveMachines(props: { site: SiteNetworkDocument }) {
  const { actions, tr } = useApp();
  const [open, setOpen] = createSignal(false);
  // The lists come from the settled plan kept outside the store (see plan-keeper).
  const waves = () => actions.networkLists()?.sites.find((s) => s.site === props.site.site)?.waves ?? [];
  return (
    <details class="small" open={printing()} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{tr('network.machinesOfWaves')}</summary>
      <Show when={open() || printing()}>
        <ul class="plain-list" data-testid="wave-machines">
          <For each={waves()}>
            {(w) => (
              <li>
                <strong>{tr('network.waveNames', { wave: w.wave, machines: w.machineCount })}</strong> {w.machines.join(', ')}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </details>
  );
}
