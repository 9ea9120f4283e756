import type { FileChooser, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The focused element as a keyboard user meets it. */
export interface Focused {
  tag: string;
  type: string;
  id: string;
  /** aria-label, else the label's text, else the element's own text (trimmed, first 120 characters). */
  name: string;
  /** A focus indicator is drawn: outline or box-shadow on the element (or on the label of a hidden file input). */
  indicator: boolean;
  /** That indicator's element has a size on screen. */
  visible: boolean;
}

/** What has focus now, or null when it is on the page itself. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return null;
    const input = e instanceof HTMLInputElement ? e : null;
    // A file input is visually hidden inside its label-button; the label shows its focus.
    const shown = input?.type === 'file' ? (e.closest('label') ?? e) : e;
    const cs = getComputedStyle(shown);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const rect = shown.getBoundingClientRect();
    const label = input?.labels?.[0]?.innerText ?? (e instanceof HTMLSelectElement ? e.labels?.[0]?.innerText : undefined);
    const name = (e.getAttribute('aria-label') ?? label ?? e.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
    return {
      tag: e.tagName,
      type: input?.type ?? '',
      id: e.id,
      name,
      indicator: outline || cs.boxShadow !== 'none',
      visible: rect.width > 1 && rect.height > 1,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `want` holds for the focused element, checking on every stop
 * that the focus can be seen. Fails with the stops it made when it never gets there.
 */
export async function tabTo(page: Page, want: (f: Focused) => boolean, opts: { back?: boolean; max?: number } = {}): Promise<Focused> {
  const stops: string[] = [];
  for (let i = 0; i < (opts.max ?? 120); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (!f) continue;
    stops.push(`${f.tag}${f.type ? `[${f.type}]` : ''}${f.id ? `#${f.id}` : ''} "${f.name}"`);
    expect(f.indicator && f.visible, `no visible focus on ${stops.at(-1)}`).toBe(true);
    if (want(f)) return f;
  }
  throw new Error(`focus never reached the element; stops: ${stops.join(' → ')}`);
}

/** Matches an element by its name (exactly, or by a start when `prefix`). */
export const named =
  (name: string, prefix = false) =>
  (f: Focused) =>
    prefix ? f.name.startsWith(name) : f.name === name;

/**
 * Resolves with the next file chooser the page opens. Playwright intercepts choosers only once a
 * listener is registered, and registering is asynchronous; `watchFileChoosers` registers one at
 * the start so a key pressed right after cannot slip past to a native dialog.
 */
export function watchFileChoosers(page: Page): () => Promise<FileChooser> {
  const queue: FileChooser[] = [];
  const waiting: ((c: FileChooser) => void)[] = [];
  page.on('filechooser', (c) => (waiting.length ? waiting.shift()!(c) : queue.push(c)));
  return () => {
    const ready = queue.shift();
    return ready
      ? Promise.resolve(ready)
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no file chooser opened within 5 s')), 5000);
          waiting.push((c) => (clearTimeout(timer), resolve(c)));
        });
  };
}
