import { Show } from 'solid-js';
import { useApp } from '../app-context';

/** Rows and bytes read so far, with Cancel. */
export function ReadProgress() {
  const { state, actions, tr } = useApp();
  const share = () => {
    const p = state.progress;
    return p && p.totalBytes > 0 ? Math.min(1, p.bytes / p.totalBytes) : 0;
  };
  return (
    <div class="stack" role="status" aria-live="polite">
      <div class="row spread">
        <span class="small">{tr('load.reading')}</span>
        <button type="button" onClick={() => actions.cancelRead()}>
          {tr('load.cancel')}
        </button>
      </div>
      <div
        class="progress"
        role="progressbar"
        aria-label={tr('load.progressLabel')}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow={Math.round(share() * 100)}
      >
        <span style={{ width: `${share() * 100}%` }} />
      </div>
      <Show when={state.progress}>
        {(p) => (
          <span class="small muted">
            {tr('load.progress', { rows: p().rows, totalRows: p().totalRows, mb: p().bytes / 1e6, totalMb: p().totalBytes / 1e6 })}
          </span>
        )}
      </Show>
    </div>
  );
}
