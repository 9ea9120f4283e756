import { execFileSync } from 'node:child_process';

/*
 * Whether this machine has a font with Hangul. Without one Chromium draws every Korean glyph as
 * a box, so Korean screenshots and printouts are worthless, and nothing else says so.
 */

/** The warning to print when `fc-list :lang=ko` finds no Korean font (or fc-list is missing); null when one is installed. */
export function koreanFontWarning(env: NodeJS.ProcessEnv = process.env): string | null {
  let fonts: string;
  try {
    fonts = execFileSync('fc-list', [':lang=ko'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return 'warning: fc-list (fontconfig) is missing, so no Korean font can be found: Hangul will show as boxes in the Korean screenshots and printouts. Debian: apt-get install fontconfig fonts-noto-cjk';
  }
  if (fonts.trim() !== '') return null;
  return 'warning: no Korean font (fc-list :lang=ko printed nothing): Hangul will show as boxes in the Korean screenshots and printouts. Debian: apt-get install fonts-noto-cjk (or fonts-nanum)';
}
