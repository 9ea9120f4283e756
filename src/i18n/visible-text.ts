/**
 * Control characters in text read from files: a name can hold an escape sequence that clears a
 * terminal or a line break that splits a report. They are written out (`\x1b`, `\n`) wherever such
 * text is shown as plain text.
 */

// C0 controls, DEL, C1 controls; and the line/paragraph separators and bidi overrides, which
// reorder or break what a reader sees without being visible themselves.
const CONTROLS = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const CONTROLS_ALL = new RegExp(CONTROLS.source, 'gu');
const CONTROLS_BUT_LF = new RegExp(`(?!\\n)${CONTROLS.source}`, 'gu');

/** True when the text holds a control character or a line break of any kind. */
export function hasControlChars(text: string): boolean {
  return CONTROLS.test(text);
}

/** The text with every control character written out as an escape (`\n`, `\t`, `\x1b`, `\u202e`). */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS_ALL, escape);
}

/** As `visibleControls`, but line feeds stay line feeds: for a whole multi-line report. */
export function visibleControlsButLineFeeds(text: string): string {
  return text.replace(CONTROLS_BUT_LF, escape);
}

function escape(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
