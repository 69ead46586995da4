/**
 * zod without its code-generating fast path: the site's Content-Security-Policy forbids eval, and zod tries it
 * when the first object schema is built. Imported before anything that builds a schema.
 */
import * as z from 'zod';

z.config({ jitless: true });
