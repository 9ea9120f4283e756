import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/catalogue';
import { createSignOff } from '../../src/ui/state/sign-off';
import { countersContent, cssString, footerRule } from '../../src/ui/views/document/page-footer';

describe('the printed footer', () => {
  it('turns "Page N of M" in each language into CSS content with the printer’s counters', () => {
    expect(countersContent((p) => translator('en')('doc.pageOf', p))).toBe('"Page " counter(page) " of " counter(pages)');
    expect(countersContent((p) => translator('ko')('doc.pageOf', p))).toBe('counter(pages) "쪽 중 " counter(page) "쪽"');
  });

  it('escapes what would end a CSS string', () => {
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\A d"');
    expect(footerRule('ASR-1', 'counter(page)')).toMatch(
      /^@page \{ @bottom-left \{ content: "ASR-1";.*@bottom-right \{ content: counter\(page\);/,
    );
  });
});

describe('the sign-off store', () => {
  it('keeps a server’s host only while it has a host name or an IP, and restores an old state as blank', () => {
    createRoot((dispose) => {
      const s = createSignOff();
      s.actions.setHost('PS01', 'host', 'ps01');
      s.actions.setHost('PS01', 'ip', '10.0.0.1');
      expect(s.state.signOff.hosts).toEqual({ PS01: { host: 'ps01', ip: '10.0.0.1' } });
      s.actions.setHost('PS01', 'host', '');
      s.actions.setHost('PS01', 'ip', '');
      expect(s.state.signOff.hosts).toEqual({});
      s.actions.setSignOff('preparedBy', 'Kim');
      s.actions.restoreSignOff(undefined);
      expect(s.state.signOff.preparedBy).toBe('');
      dispose();
    });
  });
});
