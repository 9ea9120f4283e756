import { createEffect, onCleanup } from 'solid-js';

/*
 * The footer of every printed page: the document id on the left, "Page N of M" in the page's
 * language on the right. Chromium prints CSS margin boxes (@page @bottom-left …) with counters,
 * but neither `string-set`/`string()` nor `attr()` reach them, and the CSP forbids inline <style>;
 * so the rule is written into a constructed stylesheet (CSSOM, which `style-src 'self'` allows).
 */

const PAGE = '\u0001';
const PAGES = '\u0002';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]/g, '\\A ')}"`;
}

/**
 * The `content` of a margin box from a sentence rendered with `page`/`pages` standing for the
 * printer's counters: `pageOf({ page, pages })` → `"Page " counter(page) " of " counter(pages)`.
 */
export function countersContent(pageOf: (p: { page: string; pages: string }) => string): string {
  const text = pageOf({ page: PAGE, pages: PAGES });
  return text
    .split(new RegExp(`(${PAGE}|${PAGES})`))
    .filter((part) => part !== '')
    .map((part) => (part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** The @page rule of the footer. */
export function footerRule(left: string, right: string): string {
  const box = 'font-size: 8pt; color: #333;';
  return `@page { @bottom-left { content: ${cssString(left)}; ${box} } @bottom-right { content: ${right}; ${box} } }`;
}

/** Puts the footer rule on the page while the calling component lives (browsers without constructed sheets print without it). */
export function usePageFooter(rule: () => string): void {
  if (typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype) || !('adoptedStyleSheets' in document)) return;
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  createEffect(() => sheet.replaceSync(rule()));
  onCleanup(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)));
}
