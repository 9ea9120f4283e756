import { createMemo, Match, Switch } from 'solid-js';
import { useApp } from '../../app-context';
import '../../styles/running.css';
import { RunningEmpty } from './running-empty';
import { RunningResults } from './running-results';
import { ServerRejectedRows } from './server-rejected-rows';

/** The running-deployment view: an explanation until there is an inventory, then health and moves. */
export function RunningView() {
  const { state, tr } = useApp();
  const reply = () => state.rebalance;
  const failed = createMemo(() => {
    const r = reply();
    return r && !r.ok ? r : null;
  });
  const done = createMemo(() => {
    const r = reply();
    return r && r.ok ? r : null;
  });
  return (
    <Switch
      fallback={
        <p class="muted" role="status">
          {tr('running.working')}
        </p>
      }
    >
      <Match when={!state.inventory}>
        <RunningEmpty />
      </Match>
      <Match when={failed()}>
        {(r) => (
          <>
            <RunningEmpty issues={r().issues} />
            <ServerRejectedRows rows={r().serverRejected} />
          </>
        )}
      </Match>
      <Match when={done()}>{(r) => <RunningResults doc={r().document} detail={r().detail} />}</Match>
    </Switch>
  );
}
