import { For, Show } from 'solid-js';
import type { RebalanceDocument, ServerDoc } from '../../../io/documents';
import type { RebalanceDetail } from '../../../workers/rebalance-protocol';
import { useApp } from '../../app-context';
import { HealthBadge } from './health-badge';
import { LoadCell } from './load-cell';
import { RebalanceRole } from './rebalance-role';
import { ServerAssumptions } from './server-assumptions';
import { tierLabel } from '../../../i18n/rebalance-texts';
import { signalText } from './running-texts';

/** Every existing process server: health, tier, load before → after against its limits, and its part in the rebalance. */
export function ServerHealthTable(props: {
  doc: RebalanceDocument;
  detail: RebalanceDetail;
  gives: Map<string, number>;
  takes: Map<string, number>;
}) {
  const { tr } = useApp();
  return (
    <section class="card" aria-labelledby="running-servers-heading">
      <h2 id="running-servers-heading">{tr('running.table.heading')}</h2>
      <div class="table-wrap">
        <table data-testid="running-server-table" class="servers running-servers stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{tr('running.table.server')}</th>
              <th scope="col">{tr('running.table.health')}</th>
              <th scope="col">{tr('running.table.machines')}</th>
              <th scope="col">{tr('running.table.churn')}</th>
              <th scope="col">{tr('running.table.rebalance')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.doc.servers}>
              {(s) => (
                <tr data-server={s.id} data-status={s.status}>
                  <th scope="row">
                    <ServerCell server={s} detail={props.detail} />
                  </th>
                  <td class="cell-health" data-label={tr('running.table.health')}>
                    <HealthCell server={s} />
                  </td>
                  <td class="util-cell cell-machines" data-label={tr('running.table.machines')}>
                    <LoadCell before={s.before.machineCount} after={s.after.machineCount} limit={s.limits.machines} digits={0} />
                  </td>
                  <td class="util-cell cell-churn" data-label={tr('running.table.churn')}>
                    <LoadCell before={s.before.churnGBPerDay} after={s.after.churnGBPerDay} limit={s.limits.churnGBPerDay} digits={1} />
                  </td>
                  <td class="cell-role" data-label={tr('running.table.rebalance')}>
                    <RebalanceRole
                      server={s}
                      detail={props.detail.servers[s.id]}
                      gives={props.gives.get(s.id) ?? 0}
                      takes={props.takes.get(s.id) ?? 0}
                    />
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ServerCell(props: { server: ServerDoc; detail: RebalanceDetail }) {
  const { tr } = useApp();
  const siteName = () => (props.server.site === '' ? tr('site.none') : props.server.site);
  const role = () => (props.server.role === 'configuration' ? tr('role.configuration') : tr('role.scale-out'));
  return (
    <>
      <span class="server-id">{props.server.id}</span> <span class="tier-id">{tierLabel(tr, props.server)}</span>
      <div class="small muted" classList={{ 'warn-text': props.server.roleAssumed }} data-role-assumed={props.server.roleAssumed}>
        {props.server.roleAssumed ? tr('running.table.roleAssumed', { roleName: role() }) : role()} · {siteName()}
      </div>
      <TierCell server={props.server} />
      <ServerAssumptions server={props.server} detail={props.detail.servers[props.server.id]} />
    </>
  );
}

// Which limit a server is over, in the words the rebalance column uses.
const OVER = { machines: 'running.role.overMachines', churn: 'running.role.overChurn', both: 'running.role.overBoth' } as const;

function HealthCell(props: { server: ServerDoc }) {
  const { tr, fmt } = useApp();
  const worst = () => props.server.alerts[0];
  const over = () => {
    const o = props.server.overLimits;
    return o.length === 0 ? null : tr(OVER[o.length > 1 ? 'both' : o[0]!]);
  };
  const unmeasured = () => props.server.notMeasured.map((x) => tr(`health.signal.${x as 'cpu'}`));
  return (
    <div class="stack tight">
      <span>
        <HealthBadge status={props.server.status} />
      </span>
      <Show when={over()}>
        {(text) => (
          <span class="small worst" data-over-limit>
            {text()}
          </span>
        )}
      </Show>
      <Show when={worst()}>{(a) => <span class="small worst">{signalText(tr, fmt(), a())}</span>}</Show>
      <Show when={!worst() && !over() && unmeasured().length === 0}>
        <span class="small muted">{tr('running.table.allClear')}</span>
      </Show>
      <Show when={unmeasured().length > 0}>
        <span class="small muted">
          {props.server.inServerFile
            ? tr('running.table.notMeasured', { signals: fmt().list(unmeasured()) })
            : tr('running.table.nothingMeasured')}
        </span>
      </Show>
    </div>
  );
}

function TierCell(props: { server: ServerDoc }) {
  const { tr } = useApp();
  const s = () => props.server;
  const shortBy = () => {
    const b = s().shortBy;
    if (!b) return '';
    const part = (n: number) => (n > 0 ? n : undefined);
    return tr('running.tier.shortBy', { vcpu: part(b.vcpu), memoryGB: part(b.memoryGB), cacheGB: part(b.cacheGB) });
  };
  const match = () =>
    s().tierMatch === 'matched'
      ? tr('running.tier.matched')
      : s().tierMatch === 'assumed'
        ? tr('running.tier.assumed')
        : tr('health.matchesNoTier', { nearest: s().tier });
  return (
    <div class="stack tight tier-cell">
      <span class="small" classList={{ muted: s().tierMatch === 'matched', 'warn-text': s().tierMatch !== 'matched' }}>
        {match()}
      </span>
      <Show when={shortBy()}>
        <span class="small">{shortBy()}</span>
      </Show>
      <Show
        when={s().inServerFile}
        fallback={
          // Without any server file, "not in the server file" would suggest there is one.
          <Show when={!s().assumptions.some((a) => a.code === 'no-server-file')}>
            <span class="small muted">{tr('running.table.notInFile')}</span>
          </Show>
        }
      >
        <span class="small muted">{tr('running.spec', { vcpu: s().vcpu, memoryGB: s().memoryGB, cacheGB: s().cacheGB })}</span>
      </Show>
    </div>
  );
}
