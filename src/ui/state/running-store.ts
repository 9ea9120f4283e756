import { createEffect, on } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import type { RebalanceSettings } from '../../core/deployment';
import type { Issue } from '../../core/result';
import { decodeInventoryFile } from '../../io/inventory-file';
import type { RebalanceReply, RebalanceResponse } from '../../workers/rebalance-protocol';
import type { AppState } from './app-store';
import type { PlanClient } from './plan-client';

/** The running view's part of the one store. */
export interface RunningState {
  /** The process-server file as loaded (decoded text), or null when none is given. */
  serverFile: { name: string; text: string } | null;
  /** The newest rebalance the worker answered, or null before the first. */
  rebalance: RebalanceReply | null;
}

/** Initial values of the running view's state. */
export const initialRunningState = (): RunningState => ({ serverFile: null, rebalance: null });

/**
 * The running view's requests and actions, inside the app store. While the view is shown, any
 * change of settings, server file, inventory or language asks the worker again; replies go
 * through the client's per-type guard, so an older answer never replaces a newer one.
 */
export function createRunning(
  state: AppState,
  setState: SetStoreFunction<AppState>,
  client: PlanClient,
  notify: (kind: 'info' | 'error', issue: Issue) => void,
) {
  const waiting = new Map<number, (r: { json: string | null; issues: Issue[] }) => void>();
  const settings = (): RebalanceSettings => ({
    multiplier: state.settings.multiplier,
    growthPercent: state.settings.growthPercent,
    headroomPercent: state.settings.headroomPercent,
  });
  const shown = () => state.view === 'running' && state.status === 'ready' && state.inventory !== null;
  const inputs = () => [
    shown(),
    state.inventory,
    state.serverFile,
    state.lang,
    state.settings.multiplier,
    state.settings.growthPercent,
    state.settings.headroomPercent,
  ];

  createEffect(
    on(inputs, () => {
      // A failed read leaves no inventory: a rebalance of the previous one would mislead.
      if (state.inventory === null) return void (state.rebalance && setState({ rebalance: null }));
      if (shown()) client.send({ type: 'rebalance', settings: settings(), servers: state.serverFile?.text ?? null, lang: state.lang });
    }),
  );

  return {
    receive(r: RebalanceResponse): void {
      if (r.type === 'rebalance') return void setState({ rebalance: r.reply });
      waiting.get(r.id)?.(r);
      waiting.delete(r.id);
    },
    actions: {
      /** Reads a picked server file with the inventory's decoding and size limit (BOM, UTF-16, Excel workbooks refused). */
      async loadServerFile(file: File) {
        const decoded = await decodeInventoryFile(file);
        if (!decoded.ok) return notify('error', decoded.issues[0]!);
        setState({ serverFile: { name: file.name, text: decoded.value.text } });
      },
      /** Uses server-file text (a sample). */
      loadServerText(name: string, text: string) {
        setState({ serverFile: { name, text } });
      },
      /** Goes back to the inventory alone. */
      removeServerFile() {
        setState({ serverFile: null });
      },
      /** What `rebalance --json` prints for the current inventory, server file and settings (English). */
      rebalanceJson(): Promise<{ json: string | null; issues: Issue[] }> {
        return new Promise((resolve) =>
          waiting.set(client.send({ type: 'rebalance-json', settings: settings(), servers: state.serverFile?.text ?? null }), resolve),
        );
      },
    },
  };
}
