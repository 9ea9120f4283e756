import { createEffect, on } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { MigrationSettings } from '../../core/migrate';
import type { PlanSettings } from '../../core/model';
import type { MigrateReply, MigrateText } from '../../workers/migrate-protocol';
import type { InventorySummary, PlanWorkerApi } from '../../workers/protocol';
import { latest } from '../kernel/latest';
import { answerOrNull, type WorkerClient } from '../kernel/worker-client';

/** The Migration view's part of the page state. */
export interface MigrateState {
  /** The newest migration the worker answered, or null before the first. */
  migration: MigrateReply | null;
}

/** What the migration feed follows. */
interface MigrateInputs {
  /** True while the Migration view is on screen with an inventory read. */
  shown: () => boolean;
  inventory: () => InventorySummary | null;
  settings: () => PlanSettings;
  /** The server file's text (the running view's), or null. */
  servers: () => string | null;
}

/**
 * The Migration view's plan. While the view is shown, any change of settings, server file or
 * inventory asks the worker again; answers never go backwards (`latest`). The page renders the
 * core's codes in its language, so a language change asks nothing.
 */
export function createMigrateFeed(client: WorkerClient<PlanWorkerApi>, inputs: MigrateInputs) {
  const [state, setState] = createStore<MigrateState>({ migration: null });
  const migrations = latest((body: PlanWorkerApi['migrate']['request']) => client.request('migrate', body));
  // Only the three settings a migration reads.
  const settings = (): MigrationSettings => {
    const s = inputs.settings();
    return { multiplier: s.multiplier, growthPercent: s.growthPercent, headroomPercent: s.headroomPercent };
  };
  const asked = () => [inputs.shown(), inputs.inventory(), inputs.servers(), settings()] as const;

  createEffect(
    on(asked, ([shown, inventory, servers, s]) => {
      if (inventory === null) return void (state.migration && setState({ migration: null }));
      if (!shown) return;
      void migrations({ settings: s, servers }).then((reply) => reply && setState({ migration: reply }));
    }),
  );

  return {
    state,
    /** An inventory is being read: migrations asked for so far are of the old one. */
    forget: () => migrations.forget(),
    actions: {
      /** What `migrate --json` prints for the current inventory, server file and settings; null if it failed (said in a notice). */
      migrateJson(): Promise<MigrateText | null> {
        return answerOrNull(client.request('migrateJson', { settings: settings(), servers: inputs.servers() }));
      },
      /** The batches CSV for the same; null if it failed (said in a notice). */
      migrateCsv(): Promise<MigrateText | null> {
        return answerOrNull(client.request('migrateCsv', { settings: settings(), servers: inputs.servers() }));
      },
    },
  };
}
