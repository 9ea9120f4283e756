import { createRoot, createSignal } from 'solid-js';

/*
 * True while the browser prints. Parts that only paper needs (every server's machine list — ten
 * thousand lines on a big estate) render then and not on every re-plan; browsers fire
 * `beforeprint` synchronously before laying out the printed page.
 */
const [printing, setPrinting] = createRoot(() => createSignal(false));

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => setPrinting(true));
  window.addEventListener('afterprint', () => setPrinting(false));
}

/** Whether the page is being printed. */
export { printing };
