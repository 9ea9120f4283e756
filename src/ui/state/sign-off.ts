import { createStore, reconcile } from 'solid-js/store';
import { EMPTY_SIGN_OFF, type SignOff } from '../../io/share';

/** The sign-off's part of the page state. */
export interface SignOffState {
  signOff: SignOff;
}

/** The text fields of a sign-off, in the order the document prints them. */
export const SIGN_OFF_FIELDS = ['preparedBy', 'reviewedBy', 'approvedBy', 'changeRef'] as const;

/** The catalogue's label of each field. */
export const SIGN_OFF_LABELS = {
  preparedBy: 'doc.preparedBy',
  reviewedBy: 'doc.reviewedBy',
  approvedBy: 'doc.approvedBy',
  changeRef: 'doc.changeRef',
} as const;

/** A text field of the sign-off. */
export type SignOffField = (typeof SIGN_OFF_FIELDS)[number];

/**
 * Who prepared, reviewed and approved the document, its change reference, and the servers' host
 * names and IP addresses: typed on the page, kept with the plan, never a plan setting.
 */
export function createSignOff() {
  const [state, setState] = createStore<SignOffState>({ signOff: structuredClone(EMPTY_SIGN_OFF) as SignOff });
  return {
    state,
    actions: {
      /** Sets one of the sign-off's text fields. */
      setSignOff: (field: SignOffField, value: string) => setState('signOff', field, value),
      /** Sets a server's host name or IP address; a server with neither is not kept. */
      setHost(id: string, part: 'host' | 'ip', value: string) {
        const next = { ...(state.signOff.hosts[id] ?? { host: '', ip: '' }), [part]: value };
        const hosts = { ...state.signOff.hosts };
        if (next.host === '' && next.ip === '') delete hosts[id];
        else hosts[id] = next;
        setState('signOff', 'hosts', reconcile(hosts));
      },
      /** Restores a kept sign-off; a link or state made before sign-offs clears it. */
      restoreSignOff: (s: SignOff | undefined) => setState('signOff', reconcile(structuredClone(s ?? EMPTY_SIGN_OFF) as SignOff)),
    },
  };
}
