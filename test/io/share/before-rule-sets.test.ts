// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePayload } from '../../../src/io/share/payload';
import { parsePlanFile, planFileText } from '../../../src/io/share/plan-file';
import { decodeShareFragment, encodeShareFragment } from '../../../src/io/share/share-link';
import { loadState, STATE_KEY } from '../../../src/io/browser/storage';
import { written } from './written';
import { said } from '../../support/said';

/*
 * A share link, a plan file and a stored state made by the planner before rule sets existed
 * (commit 8e258ed, issue 10's main: no `ruleSet` in the settings) open as `asr-classic`, every
 * other setting as it was. The three fixtures were written by that version's own code.
 */

// jsdom has no file: import.meta.url; the tests run from the repository root.
const read = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/share', name), 'utf8');
const before = {
  multiplier: 1.2,
  growthPercent: 30,
  headroomPercent: 70,
  useConfigServerPs: false,
  configSite: 'Busan',
  strategy: 'least-vcpu',
};

describe('links and files made before rule sets', () => {
  it('a share link opens as asr-classic, unchanged', async () => {
    const r = await decodeShareFragment(read('before-rule-sets.link.txt').trim());
    expect(r.ok && r.value.settings).toEqual({ ...before, ruleSet: 'asr-classic', churnRatePercent: null });
    expect(r.ok && r.value.lang).toBe('ko');
  });

  it('a plan file opens as asr-classic, unchanged', () => {
    const r = parsePlanFile(read('before-rule-sets.asrplan.json'));
    expect(r.ok && r.value.settings).toEqual({ ...before, ruleSet: 'asr-classic', churnRatePercent: null });
    expect(r.ok && r.value.text).toBe('name,churn GB/day,site\nweb-01,12,Seoul\nweb-02,8.5,Seoul\ndb-01,300,Busan\n');
  });

  it('a stored state opens as asr-classic, unchanged', () => {
    const storage = window.localStorage;
    storage.setItem(STATE_KEY, read('before-rule-sets.stored.json'));
    const r = loadState(storage);
    expect(r.ok && r.value?.settings).toEqual({ ...before, ruleSet: 'asr-classic', churnRatePercent: null });
  });
});

describe('links and files made now carry the rule set', () => {
  const now = {
    ...before,
    strategy: 'fewest-servers' as const,
    useConfigServerPs: true,
    configSite: null,
    ruleSet: 'asr-modernized',
    churnRatePercent: null,
  };
  const p = { v: 1 as const, name: 'x.csv', text: 'name,dailyChurnGB\na,1\n', readOptions: {}, settings: now };

  it('round-trips asr-modernized through a link and a plan file', async () => {
    const link = await decodeShareFragment(written(await encodeShareFragment(p)));
    expect(link.ok && link.value.settings.ruleSet).toBe('asr-modernized');
    const file = parsePlanFile(written(planFileText(p)));
    expect(file.ok && file.value.settings.ruleSet).toBe('asr-modernized');
  });

  it('refuses a rule set nobody registered, naming the ones there are', () => {
    const r = parsePayload({ ...p, settings: { ...now, ruleSet: 'asr-2031' } });
    expect(r.ok).toBe(false);
    expect(!r.ok && said(r.issues[0])).toBe('"settings.ruleSet" must be one of "asr-classic", "asr-modernized" (it is "asr-2031")');
  });
});
