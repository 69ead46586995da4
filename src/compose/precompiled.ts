/**
 * The shipped templates compiled ahead of time, by source text: scripts/bundle.mjs replaces this module in the CLI's
 * bundle with every template's spec, so an installed jixiao compiles no template at run time (Handlebars' compiler
 * costs ~100 ms of a cold build). Here, for type checks, tests and the web page's core, it is empty: a template
 * whose text is not in it (one edited in a --templates folder) is compiled as before.
 */
export const PRECOMPILED = new Map<string, TemplateSpecification>();
