import { describe, expect, it } from 'vitest';
import { hasControlChars, visibleControls, visibleControlsButLineFeeds } from '../../src/i18n/visible-text';

describe('control characters written out (issue 10, item 9)', () => {
  it('finds C0, DEL and C1 controls, line breaks and bidi overrides, and nothing in ordinary names', () => {
    for (const s of ['a\u001bb', 'a\nb', 'a\rb', 'a\tb', 'a\u007fb', 'a\u009bb', 'a\u2028b', 'a\u202eb'])
      expect(hasControlChars(s), s).toBe(true);
    for (const s of ['web-01', '서울', 'Ünïcode', 'db "primary"', 'app, eu']) expect(hasControlChars(s), s).toBe(false);
  });

  it('writes each out as an escape a person can read', () => {
    expect(visibleControls('clear\u001b[2J\n\r\t\u0007\u009b\u202e')).toBe('clear\\x1b[2J\\n\\r\\t\\x07\\x9b\\u202e');
  });

  it('keeps line feeds for a whole report, and escapes everything else', () => {
    expect(visibleControlsButLineFeeds('line 1\u001b]0;x\u0007\nline 2\r\n')).toBe('line 1\\x1b]0;x\\x07\nline 2\\r\n');
  });
});
