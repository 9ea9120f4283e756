import { createEffect, on } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { RebalanceSettings } from '../../core/deployment';
import type { PlanSettings } from '../../core/model';
import type { Lang } from '../../i18n/format';
import { decodeInventoryFile } from '../../io/inventory-file';
import type { InventorySummary, PlanWorkerApi } from '../../workers/protocol';
import type { RebalanceJson, RebalanceReply } from '../../workers/rebalance-protocol';
import { latest } from '../kernel/latest';
import { answerOrNull, type WorkerClient } from '../kernel/worker-client';
import type { Notify } from './notices';

/** The running view's part of the page state. */
export interface RunningState {
  /** The process-server file as loaded (decoded text), or null when none is given. */
  serverFile: { name: string; text: string } | null;
  /** The newest rebalance the worker answered, or null before the first. */
  rebalance: RebalanceReply | null;
}

/** What the running feed follows. */
interface RunningInputs {
  /** True while the running view is on screen with an inventory read. */
  shown: () => boolean;
  inventory: () => InventorySummary | null;
  settings: () => PlanSettings;
  lang: () => Lang;
}

/**
 * The running view's rebalance. While the view is shown, any change of settings, server file,
 * inventory or language asks the worker again; answers never go backwards (`latest`).
 */
export function createRunningFeed(client: WorkerClient<PlanWorkerApi>, inputs: RunningInputs, notify: Notify) {
  const [state, setState] = createStore<RunningState>({ serverFile: null, rebalance: null });
  const rebalances = latest((body: PlanWorkerApi['rebalance']['request']) => client.request('rebalance', body));
  // Only the three settings a rebalance reads.
  const settings = (): RebalanceSettings => {
    const s = inputs.settings();
    return { multiplier: s.multiplier, growthPercent: s.growthPercent, headroomPercent: s.headroomPercent };
  };
  const asked = () => [inputs.shown(), inputs.inventory(), state.serverFile, inputs.lang(), settings()] as const;

  createEffect(
    on(asked, ([shown, inventory, serverFile, lang, s]) => {
      // A failed read leaves no inventory: a rebalance of the previous one would mislead.
      if (inventory === null) return void (state.rebalance && setState({ rebalance: null }));
      if (!shown) return;
      void rebalances({ settings: s, servers: serverFile?.text ?? null, lang }).then((reply) => reply && setState({ rebalance: reply }));
    }),
  );

  return {
    state,
    /** An inventory is being read: rebalances asked for so far are of the old one. */
    forget: () => rebalances.forget(),
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
      /** What `rebalance --json` prints for the current inventory, server file and settings (English); null if it failed (said in a notice). */
      rebalanceJson(): Promise<RebalanceJson | null> {
        return answerOrNull(client.request('rebalanceJson', { settings: settings(), servers: state.serverFile?.text ?? null }));
      },
    },
  };
}
