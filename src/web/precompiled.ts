/**
 * The site's Handlebars templates, compiled when the site is built (scripts/build-web.mjs replaces this module with
 * the generated one). Here, for type checks and tests, it is empty: the compiler then runs as in Node.
 */
export const PRECOMPILED: Record<string, TemplateSpecification> = {};
