import type { Plugin } from 'vite';

/*
 * The Content-Security-Policy of the built page: only the page's own origin for scripts,
 * styles, connections and workers; no inline script or style; no plugins; no base or form
 * targets elsewhere. Added at build time only, because the dev server injects styles inline.
 */

/** Directives of the hosted build; `extra` adds sources per directive (the single-file build needs hashes). */
export function cspDirectives(extra: Partial<Record<string, string[]>> = {}): string {
  const base: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  for (const [k, v] of Object.entries(extra)) base[k] = [...(base[k] ?? []), ...(v ?? [])];
  return Object.entries(base)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}

/** Injects the CSP meta tag into the built index.html. */
export function cspPlugin(): Plugin {
  return {
    name: 'asr-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${cspDirectives()}" />`,
        ),
    },
  };
}
