import { createMemo, Match, Switch } from 'solid-js';
import { useApp } from '../../app-context';
import '../../styles/migrate.css';
import { RunningEmpty } from '../running/running-empty';
import { ServerRejectedRows } from '../running/server-rejected-rows';
import { MigrateResults } from './migrate-results';

/** The Migration view: what it needs until there is a running deployment, then the plan of the move. */
export function MigrateView() {
  const { state, tr } = useApp();
  const failed = createMemo(() => {
    const r = state.migration;
    return r && !r.ok ? r : null;
  });
  const done = createMemo(() => {
    const r = state.migration;
    return r && r.ok ? r : null;
  });
  return (
    <Switch
      fallback={
        <p class="muted" role="status">
          {tr('migrate.working')}
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
      <Match when={done()}>{(r) => <MigrateResults doc={r().document} migration={r().migration} />}</Match>
    </Switch>
  );
}
