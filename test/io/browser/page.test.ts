// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  browserStorage,
  clearFragment,
  fileText,
  onFragmentChange,
  pageHref,
  preferredLang,
  readFragment,
} from '../../../src/io/browser/page';

describe('page edge', () => {
  it('picks Korean or English from the browser’s languages, English otherwise', () => {
    expect(preferredLang(['ko-KR', 'en-US'])).toBe('ko');
    expect(preferredLang(['fr-FR', 'en-GB'])).toBe('en');
    expect(preferredLang(['de-DE'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });

  it('reads and clears the fragment', () => {
    location.hash = '#v1.abc';
    expect(readFragment()).toBe('v1.abc');
    expect(pageHref()).toContain('#v1.abc');
    clearFragment();
    expect(readFragment()).toBe('');
  });

  it('tells a listener each time the fragment changes, until stopped', async () => {
    await new Promise((r) => setTimeout(r, 20)); // events of earlier tests are delivered
    const seen: string[] = [];
    const stop = onFragmentChange((f) => seen.push(f));
    location.hash = '#v1.pasted';
    await new Promise((r) => setTimeout(r, 20));
    stop();
    location.hash = '#v1.after';
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['v1.pasted']);
  });

  it('reads a picked file as text and reaches localStorage', async () => {
    expect(await fileText(new Blob(['name,churn\n웹,1']))).toBe('name,churn\n웹,1');
    expect(browserStorage()).toBe(window.localStorage);
  });
});
