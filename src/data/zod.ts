/**
 * The one place the app takes zod from: zod/mini (functions rather than methods, so
 * the bundler leaves out what is not used), configured before any schema is built.
 * Every schema module imports `z` from here, whichever chunk loads first.
 */
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// No code generation: zod's JIT probes `new Function`, which the Content-Security-Policy
// (script-src without 'unsafe-eval', see vite.csp.ts) refuses and reports as a violation.
// English issue texts (zod/mini carries none by default) go into each problem's detail.
z.config({ jitless: true, ...en() });

export { z };
