import { createEffect, on, onCleanup } from 'solid-js';
import { clearFragment, onFragmentChange, readFragment, loadState, saveState } from '../../io/browser';
import { appIssue } from '../../i18n/app-issue-text';
import { decodeShareFragment, isShareFragment } from '../../io/share';
import type { AppStore } from './app-store';
import { debounce } from './schedule';

const SAVE_DELAY_MS = 400;

/**
 * Restores the state a share link carries, else the last stored state. A damaged link or stored
 * state becomes a notice; the app starts empty and usable either way.
 */
export async function restoreAtStart(store: AppStore, storage: Storage | null): Promise<void> {
  const fragment = readFragment();
  if (fragment && (await openSharedLink(store, fragment))) return;
  if (!storage) return;
  const saved = loadState(storage);
  if (!saved.ok) store.actions.notify('info', saved.issues[0]!);
  else if (saved.value) store.actions.restore(saved.value);
}

/**
 * Opens a share link pasted into the address bar of a tab that already shows the app (the
 * browser only fires `hashchange` then; it does not reload). In-page anchors are left alone.
 * Call inside a root.
 */
export function followSharedLinks(store: AppStore): void {
  const stop = onFragmentChange((fragment) => {
    if (isShareFragment(fragment)) void openSharedLink(store, fragment, true);
  });
  onCleanup(stop);
}

// True when the link was restored; a damaged one is a notice. The link leaves the address bar
// either way: it holds the whole inventory, and a reload should not open it over later work.
async function openSharedLink(store: AppStore, fragment: string, toPlan = false): Promise<boolean> {
  const shared = await decodeShareFragment(fragment);
  clearFragment();
  if (!shared.ok) {
    store.actions.notify('error', shared.issues[0]!);
    return false;
  }
  if (toPlan) store.actions.setView('plan');
  store.actions.restore(shared.value);
  return true;
}

/** Keeps the current inventory, settings and language in storage (debounced). Call inside a root. */
export function persistState(store: AppStore, storage: Storage | null): void {
  if (!storage) return;
  const { state, actions } = store;
  let warned = false;
  let failed: string | null = null;
  const save = debounce(() => {
    const p = actions.payload();
    if (!p) return;
    const saved = saveState(storage, p);
    // Each failure is said once until a save succeeds again, not at every slider step.
    if (!saved.ok) {
      const issue = saved.issues[0]!;
      if (failed !== issue.code) actions.notify('error', issue);
      failed = issue.code;
      return;
    }
    failed = null;
    if (saved.value === 'settings-only' && !warned) {
      warned = true;
      actions.notify('info', appIssue({ code: 'stored-settings-only', params: {} }));
    }
  }, SAVE_DELAY_MS);
  const track = () =>
    [
      state.source,
      state.lang,
      JSON.stringify(state.settings),
      JSON.stringify(state.read),
      JSON.stringify(state.signOff),
      state.status,
    ] as const;
  createEffect(on(track, () => state.status === 'ready' && save(), { defer: true }));
}
