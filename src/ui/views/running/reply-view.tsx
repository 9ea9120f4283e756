import { createMemo, Match, Switch, type JSX } from 'solid-js';
import type { Issue } from '../../../core/result';
import type { RejectedServerRow } from '../../../io/servers';
import { useApp } from '../../app-context';
import { RunningEmpty } from './running-empty';
import { ServerRejectedRows } from './server-rejected-rows';

/** A worker's answer on a running deployment: its result, or why there is none. */
type Reply<T> = (T & { ok: true }) | { ok: false; issues: Issue[]; serverRejected: RejectedServerRow[] };

/**
 * A view on a running deployment (Running deployment, Migration): what it needs until there is an
 * inventory, why the input gives no result, a working note while the first answer is on its way,
 * then the result.
 */
export function ReplyView<T>(props: { reply: Reply<T> | null; working: string; children: (done: () => T & { ok: true }) => JSX.Element }) {
  const { state } = useApp();
  const failed = createMemo(() => (props.reply && !props.reply.ok ? props.reply : null));
  const done = createMemo(() => (props.reply && props.reply.ok ? props.reply : null));
  return (
    <Switch
      fallback={
        <p class="muted" role="status">
          {props.working}
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
      <Match when={done()}>{(r) => props.children(r)}</Match>
    </Switch>
  );
}
