// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, shareUrl } from '../../../src/io/share/share-link';
import { payload } from './forge';
import { written } from './written';

// The app's component tests run under jsdom, whose globals replace some of Node's.
describe('share links under jsdom', () => {
  it('round-trips through location.hash', async () => {
    const p = payload({ name: '한글.csv', text: 'name,dailyChurnGB\r\n"a, ""b""",1\r\n' });
    const url = shareUrl(location.href, written(await encodeShareFragment(p)));
    history.replaceState(null, '', url);
    expect(location.hash.startsWith('#v1.')).toBe(true);
    expect(await decodeShareFragment(location.hash)).toEqual({ ok: true, value: p });
  });
});
