import { z } from 'zod';

// The app's Content-Security-Policy forbids eval. Left to itself zod probes `new Function` to
// compile fast object parsers, which trips a CSP violation; jitless parsing needs no eval.
z.config({ jitless: true });

/** zod, configured for this project; import schemas' `z` from here, never from 'zod' directly. */
export { z };
