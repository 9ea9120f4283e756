import { For, Show } from 'solid-js';
import type { ServerDoc } from '../../../io/documents';
import type { ServerDetail } from '../../../workers/rebalance-protocol';
import { useApp } from '../../app-context';

/**
 * What the rebalance does with a server: sheds (and which limit or signal makes it), may take
 * machines, or takes none (and why), with how many machines leave and arrive.
 */
export function RebalanceRole(props: { server: ServerDoc; detail: ServerDetail | undefined; gives: number; takes: number }) {
  const { tr } = useApp();
  const badges = () => {
    const shed = props.detail?.shed ?? [];
    return shed.map((r) => {
      if (r.kind === 'load-critical') return tr('running.role.critical', { signal: tr(`health.signal.${r.signal}`) });
      return r.machines && r.churn
        ? tr('running.role.overBoth')
        : r.machines
          ? tr('running.role.overMachines')
          : tr('running.role.overChurn');
    });
  };
  const blocked = () => props.server.receiveBlockedBy as 'critical' | 'load-warning' | 'matches-no-tier' | 'sheds-load' | null;
  return (
    <div class="stack tight">
      <For each={badges()}>{(b) => <span class="badge crit">{b}</span>}</For>
      <Show when={badges().length === 0}>
        <Show when={blocked()} fallback={<span class="badge ok">{tr('running.role.receives')}</span>}>
          {(b) => <span class="badge info">{tr(`running.role.blocked.${b()}`)}</span>}
        </Show>
      </Show>
      <Show when={props.gives > 0}>
        <span class="small">{tr('running.role.gives', { n: props.gives })}</span>
      </Show>
      <Show when={props.takes > 0}>
        <span class="small">{tr('running.role.takes', { n: props.takes })}</span>
      </Show>
    </div>
  );
}
