/** Summary rows: a total under the machines is not a machine (docs/inputs.md#summary-rows). */

/** Names that make a row a summary row, compared without case or spaces. */
export const SUMMARY_NAMES: ReadonlySet<string> = new Set(['total', 'grandtotal', 'sum', '합계', '총계']);

const LONGEST = Math.max(...[...SUMMARY_NAMES].map((n) => n.length));
const SPACES = /\s+/g;
// First letters of the words: t g s T G S, and 합 총 composed or decomposed (ᄒ ᄎ).
const FIRST = new Set([0x74, 0x67, 0x73, 0x54, 0x47, 0x53, 0xd569, 0xcd1d, 0x1112, 0x110e]);

/**
 * True when a trimmed name is a summary word (`Total`, `Grand total`, `Sum`, `합계`, `총계`; case and
 * spaces ignored, composed or decomposed Hangul alike). Most names fail on their first letter, so
 * an ordinary row pays one comparison.
 */
export function isSummaryName(name: string): boolean {
  if (!FIRST.has(name.charCodeAt(0)) || name.length > LONGEST * 3) return false;
  return SUMMARY_NAMES.has(name.normalize('NFC').toLowerCase().replace(SPACES, ''));
}
