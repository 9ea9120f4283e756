/** Cheap checks that tell CSV text from binary data before anything tries to parse it. */

const SAMPLE_CHARS = 64 * 1024;

/** How much of the start of a text is control characters or undecodable (U+FFFD). */
export interface TextSniff {
  sampled: number;
  controls: number;
  replacements: number;
}

/** Counts control characters (other than tab, LF, CR, FF) and U+FFFD in the first 64 K chars. */
export function sniffText(text: string): TextSniff {
  const sampled = Math.min(text.length, SAMPLE_CHARS);
  let controls = 0;
  let replacements = 0;
  for (let i = 0; i < sampled; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
    else if (c === 0xfffd) replacements++;
  }
  return { sampled, controls, replacements };
}

/**
 * True when the text is very unlikely to be CSV: over 2 % control characters, or over 10 %
 * control plus replacement characters. A few stray bad bytes (a Latin-1 "é" read as UTF-8)
 * stay well under that, while binary data decoded as text is far over it.
 */
export function looksBinary(s: TextSniff): boolean {
  if (s.sampled === 0) return false;
  return s.controls * 50 > s.sampled || (s.controls + s.replacements) * 10 > s.sampled;
}

/** The share of suspicious characters, as a whole percentage for messages. */
export function suspiciousPercent(s: TextSniff): number {
  return s.sampled === 0 ? 0 : Math.round(((s.controls + s.replacements) * 100) / s.sampled);
}
