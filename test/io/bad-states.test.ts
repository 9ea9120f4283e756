import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment } from '../../src/io/share/share-link';
import { loadState, STATE_KEY } from '../../src/io/browser/storage';
import { readInventory } from '../../src/io/inventory';
import { BAD_STATES } from '../fixtures/bad/expected';
import { fixture } from '../support/run-cli';
import { said } from '../support/said';

const text = (name: string) => readFileSync(fixture(`bad/${name}`), 'utf8').trim();

/** A Storage holding one value, recording whether it was removed. */
function storageWith(value: string): Storage & { removed: boolean } {
  const items = new Map([[STATE_KEY, value]]);
  const s = {
    removed: false,
    getItem: (k: string) => items.get(k) ?? null,
    removeItem: (k: string) => {
      s.removed = items.delete(k) || s.removed;
    },
  };
  return s as unknown as Storage & { removed: boolean };
}

describe('the damaged links and stored states of the corpus', () => {
  it('are what their names say: cut from, or one character off, a valid link', async () => {
    const valid = text('share-valid.txt');
    expect((await decodeShareFragment(valid)).ok).toBe(true);
    expect(valid.startsWith(text('share-truncated.txt'))).toBe(true);
    const edited = text('share-edited.txt');
    expect(edited).toHaveLength(valid.length);
    expect([...edited].filter((c, i) => c !== valid[i])).toHaveLength(1);
  });

  it.each(BAD_STATES.filter((s) => s.kind === 'share').map((s) => [s.what, s] as const))('link, %s: its code and message', async (_, s) => {
    const r = await decodeShareFragment(text(s.file));
    if (s.page === 'failure') {
      // A well-formed link restores; its inventory then fails to read like any file.
      if (!r.ok) throw new Error(said(r.issues[0]));
      const read = readInventory(r.value.text, r.value.readOptions);
      expect(!read.ok && read.issues[0]).toMatchObject({ code: s.code });
      expect(!read.ok && said(read.issues[0])).toMatch(s.message);
      return;
    }
    expect(!r.ok && r.issues[0]).toMatchObject({ code: s.code });
    expect(!r.ok && said(r.issues[0])).toMatch(s.message);
  });

  it.each(BAD_STATES.filter((s) => s.kind === 'stored').map((s) => [s.what, s] as const))(
    'stored state, %s: its code and message, and it is removed',
    (_, s) => {
      const storage = storageWith(text(s.file));
      const r = loadState(storage);
      expect(!r.ok && r.issues[0]).toMatchObject({ code: s.code });
      expect(!r.ok && said(r.issues[0])).toMatch(s.message);
      expect(storage.removed).toBe(true);
      expect(loadState(storage)).toEqual({ ok: true, value: null });
    },
  );
});
