import * as z from 'zod/mini';

// The app's Content-Security-Policy forbids eval. Left to itself zod probes `new Function` to
// compile fast object parsers, which trips a CSP violation; jitless parsing needs no eval.
z.config({ jitless: true });

/**
 * zod's functional build ("zod/mini"), configured for this project; import schemas' `z` from here,
 * never from 'zod' directly. The functional API lets the bundler keep only the checks used, which
 * kept the page's first load ~20 KB lighter than the chained API.
 */
export { z };

/**
 * Parse options that word zod's own issues in its English ("Too big: expected number to be <=100").
 * zod/mini loads no locale, so a caller whose message quotes zod's text asks for it here; a
 * schema's own message (a refinement's `error`) still wins. A function, so the locale is bundled
 * only where a caller uses it (the CLI and the worker, not the page).
 */
export function inEnglish(): { error: z.core.$ZodErrorMap } {
  return { error: z.locales.en().localeError };
}
