import { createStore } from 'solid-js/store';
import type { Issue } from '../../core/result';

/** A message shown above the results until dismissed. */
interface Notice {
  id: number;
  kind: 'info' | 'error';
  issue: Issue;
}

/** The notices' part of the page state. */
export interface NoticesState {
  notices: Notice[];
}

/** Says something to the person above the results. */
export type Notify = (kind: Notice['kind'], issue: Issue) => void;

/** The notices shown above the results, and how they come and go. */
export function createNotices() {
  const [state, setState] = createStore<NoticesState>({ notices: [] });
  let lastId = 0;
  const notify: Notify = (kind, issue) => setState('notices', (n) => [...n, { id: ++lastId, kind, issue }]);
  return {
    state,
    notify,
    dismiss: (id: number) => setState('notices', (n) => n.filter((x) => x.id !== id)),
  };
}
