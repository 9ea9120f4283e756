import { createEffect, on, onCleanup } from 'solid-js';
import { clearFragment, readFragment } from '../../io/page';
import { decodeShareFragment } from '../../io/share/share-link';
import { loadState, saveState } from '../../io/storage';
import type { AppStore } from './app-store';

const SAVE_DELAY_MS = 400;

/**
 * Restores the state a share link carries, else the last stored state. A damaged link or stored
 * state becomes a notice; the app starts empty and usable either way.
 */
export async function restoreAtStart(store: AppStore, storage: Storage | null): Promise<void> {
  const fragment = readFragment();
  if (fragment) {
    const shared = await decodeShareFragment(fragment);
    clearFragment();
    if (shared.ok) return store.actions.restore(shared.value);
    store.actions.notify('error', shared.issues[0]!);
  }
  if (!storage) return;
  const saved = loadState(storage);
  if (!saved.ok) store.actions.notify('info', saved.issues[0]!);
  else if (saved.value) store.actions.restore(saved.value);
}

/** Keeps the current inventory, settings and language in storage (debounced). Call inside a root. */
export function persistState(store: AppStore, storage: Storage | null): void {
  if (!storage) return;
  const { state, actions } = store;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  const track = () => [state.source, state.lang, JSON.stringify(state.settings), JSON.stringify(state.read), state.status] as const;
  createEffect(
    on(
      track,
      () => {
        if (state.status !== 'ready') return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          const p = actions.payload();
          if (!p) return;
          const saved = saveState(storage, p);
          if (saved.ok && saved.value === 'settings-only' && !warned) {
            warned = true;
            actions.notify('info', {
              code: 'stored-settings-only',
              message: 'The inventory is too large to keep in this browser; only the settings are kept.',
            });
          }
        }, SAVE_DELAY_MS);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
}
