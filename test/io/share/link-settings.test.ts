// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { parsePayload } from '../../../src/io/share/payload';
import { parsePlanFile, planFileText } from '../../../src/io/share/plan-file';
import { decodeShareFragment, encodeShareFragment } from '../../../src/io/share/share-link';
import { loadState, saveState, STATE_KEY } from '../../../src/io/browser/storage';
import { written } from './written';

/*
 * The link to Azure (issue 15) is a plan setting: a share link, a plan file and the stored state
 * keep it; those made before it (no `link`) open with no link, as they were.
 */

const read = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/share', name), 'utf8');
const link = { allSitesMbps: 500, siteMbps: { Busan: 100, constructor: 5 }, irGoalHours: 48 };
const p = {
  v: 1 as const,
  name: 'x.csv',
  text: 'name,dailyChurnGB,site\na,1,Busan\n',
  readOptions: {},
  settings: { ...DEFAULT_SETTINGS, link },
};

describe('the link to Azure in links, files and storage', () => {
  it('round-trips through a share link, a plan file and storage', async () => {
    const fromLink = await decodeShareFragment(written(await encodeShareFragment(p)));
    expect(fromLink.ok && fromLink.value.settings.link).toEqual(link);
    const file = parsePlanFile(written(planFileText(p)));
    expect(file.ok && file.value.settings.link).toEqual(link);
    window.localStorage.clear();
    expect(saveState(window.localStorage, p).ok).toBe(true);
    const stored = loadState(window.localStorage);
    expect(stored.ok && stored.value?.settings.link).toEqual(link);
  });

  it('opens links, files and stored states made before it with no link', async () => {
    const fromLink = await decodeShareFragment(read('before-rule-sets.link.txt').trim());
    expect(fromLink.ok && 'link' in fromLink.value.settings).toBe(false);
    const file = parsePlanFile(read('before-rule-sets.asrplan.json'));
    expect(file.ok && 'link' in file.value.settings).toBe(false);
    window.localStorage.setItem(STATE_KEY, read('before-rule-sets.stored.json'));
    const stored = loadState(window.localStorage);
    expect(stored.ok && stored.value && 'link' in stored.value.settings).toBe(false);
  });

  it('refuses a link without a figure or out of range', () => {
    for (const bad of [{ allSitesMbps: null, siteMbps: {} }, { allSitesMbps: -5 }, { allSitesMbps: 5, irGoalHours: 10_000 }])
      expect(parsePayload({ ...p, settings: { ...DEFAULT_SETTINGS, link: bad } }).ok, JSON.stringify(bad)).toBe(false);
  });
});
