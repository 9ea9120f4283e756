import type { Lang } from '../../i18n/format';

/*
 * The page's edge: the address bar, the clipboard, the browser's languages. Kept here so UI code
 * never reaches for `location` or `navigator` itself.
 */

/** The URL fragment without its `#`. */
export function readFragment(): string {
  return location.hash.replace(/^#/, '');
}

/**
 * Calls `listener` with the new fragment (without `#`) each time it changes while the page is
 * open: a link pasted into the address bar of a tab that already shows the app. Returns `stop`.
 */
export function onFragmentChange(listener: (fragment: string) => void): () => void {
  // The event's own URL: by the time it is handled the address bar may have changed again.
  const handle = (e: HashChangeEvent) => listener(new URL(e.newURL).hash.replace(/^#/, ''));
  window.addEventListener('hashchange', handle);
  return () => window.removeEventListener('hashchange', handle);
}

/** Removes the fragment from the address bar without adding a history entry. */
export function clearFragment(): void {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

/** The page address (for building share links). */
export function pageHref(): string {
  return location.href;
}

/** Copies text to the clipboard; false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The first supported language among the browser's preferences; English otherwise. */
export function preferredLang(languages: readonly string[] = navigator.languages ?? [navigator.language]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ko' || base === 'en') return base;
  }
  return 'en';
}

/** The browser's localStorage, or null where it is unavailable (private modes, file://). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The text of a picked file (UTF-8). */
export async function fileText(file: Blob): Promise<string> {
  return file.text();
}
