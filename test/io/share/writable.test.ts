// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_CONFIG_SITE_CHARS } from '../../../src/core/settings';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS, type SharePayload } from '../../../src/io/share/payload';
import { parsePlanFile, planFileText } from '../../../src/io/share/plan-file';
import { decodeShareFragment, encodeShareFragment } from '../../../src/io/share/share-link';
import { checkWritable } from '../../../src/io/share/writable';
import { loadState, saveState, STATE_KEY } from '../../../src/io/browser/storage';
import { fieldOf, payload, refusedOf } from './forge';
import { said } from '../../support/said';

const codeOf = (r: { ok: boolean; issues?: { code: string }[] }) => (r.ok ? 'ok' : r.issues![0]!.code);
const withSite = (configSite: string) => payload({ settings: { ...payload().settings, configSite } });
const longSite = 'S'.repeat(MAX_CONFIG_SITE_CHARS + 1);

describe('every writer refuses what its reader would refuse', () => {
  beforeEach(() => localStorage.clear());

  it('stored state: a configuration-server site over 500 characters is not written, and the old state stays readable', () => {
    expect(saveState(localStorage, payload())).toEqual({ ok: true, value: 'saved' });
    const r = saveState(localStorage, withSite(longSite));
    expect(codeOf(r)).toBe('state-not-saved');
    expect(r.ok || fieldOf(r.issues[0]!)).toBe('settings.configSite');
    expect(r.ok || said(r.issues[0])).toMatch(
      /^The work was not saved in this browser: "settings\.configSite" is longer than 500 characters \(it is 501 characters long\)/,
    );
    expect(loadState(localStorage)).toEqual({ ok: true, value: payload() });
  });

  it('share link: the same site gives share-not-made, not a link that "is damaged" when opened', async () => {
    const r = await encodeShareFragment(withSite(longSite));
    expect(codeOf(r)).toBe('share-not-made');
    expect(r.ok || fieldOf(r.issues[0]!)).toBe('settings.configSite');
  });

  it('plan file: the same site gives plan-file-not-saved', () => {
    const r = planFileText(withSite(longSite));
    expect(codeOf(r)).toBe('plan-file-not-saved');
    expect(r.ok || fieldOf(r.issues[0]!)).toBe('settings.configSite');
  });

  it('plan file: an inventory over 50 MiB (a 53 MB file) is not saved as a plan file "Open plan file" refuses', () => {
    const r = planFileText(payload({ text: 'x'.repeat(53_000_000) }));
    expect(codeOf(r)).toBe('plan-file-not-saved');
    expect(r.ok || said(r.issues[0])).toBe(
      'The plan file was not saved: the inventory is 50.5 MB, more than the 50 MB a plan file holds. Keep the inventory CSV itself and load it again, or split it by site.',
    );
    expect(r.ok || refusedOf(r.issues[0]!)).toMatchObject({ part: 'inventory', sizeMB: 50.5, limitMB: 50 });
  });

  it('plan file: text under 50 MiB whose JSON escapes push the file past what the reader opens is refused too', () => {
    // Every control character becomes six in JSON (\u0001): 20 MiB of them is a 120 MiB file.
    const r = planFileText(payload({ text: '\u0001'.repeat(20 * 1024 * 1024) }));
    expect(codeOf(r)).toBe('plan-file-not-saved');
    expect(r.ok || refusedOf(r.issues[0]!)).toMatchObject({ part: 'content' });
  });

  it('accepts exactly the limits: a 500-character site, a 50 MiB inventory', () => {
    expect(checkWritable(withSite('S'.repeat(MAX_CONFIG_SITE_CHARS)), 'state').ok).toBe(true);
    expect(checkWritable(payload({ text: 'x'.repeat(MAX_TEXT_CHARS) }), 'plan-file').ok).toBe(true);
  });

  it('property: whatever a writer writes reads back equal (stored state, link, plan file)', async () => {
    const around = (limit: number) => fc.integer({ min: limit - 3, max: limit + 3 }).map((n) => 'é'.repeat(n));
    await fc.assert(
      fc.asyncProperty(
        around(MAX_CONFIG_SITE_CHARS),
        around(MAX_NAME_CHARS),
        fc.constantFrom(0.01, 1, 100, 150),
        async (configSite, name, multiplier) => {
          const p: SharePayload = payload({ name, settings: { ...payload().settings, configSite, multiplier } });
          localStorage.clear();
          const saved = saveState(localStorage, p);
          if (saved.ok) expect(loadState(localStorage)).toEqual({ ok: true, value: p });
          else expect(localStorage.getItem(STATE_KEY)).toBeNull();
          const link = await encodeShareFragment(p);
          if (link.ok) expect(await decodeShareFragment(link.value)).toEqual({ ok: true, value: p });
          const file = planFileText(p);
          if (file.ok) expect(parsePlanFile(file.value)).toEqual({ ok: true, value: p });
          // The three agree, and refuse exactly what the schema refuses.
          const valid = configSite.length <= MAX_CONFIG_SITE_CHARS && name.length <= MAX_NAME_CHARS && multiplier <= 100;
          expect([saved.ok, link.ok, file.ok]).toEqual([valid, valid, valid]);
        },
      ),
      { numRuns: 80, seed: 10 },
    );
  });
});
