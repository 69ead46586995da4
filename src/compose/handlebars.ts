import Handlebars from 'handlebars';
import { UserError } from '../diagnostics/finding.js';
import { chineseNumber } from './format.js';
import { TEMPLATE_MESSAGES } from './messages.js';
import { PRECOMPILED } from './precompiled.js';

/**
 * A template problem, named by file and line, so a wording editor can find it. It is the user's to fix (a templates
 * folder they edited), so it exits 1 with its message like bad input, not as an internal error.
 */
export class TemplateError extends UserError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
  ) {
    super(TEMPLATE_MESSAGES.error(file, line, detail));
    this.name = 'TemplateError';
  }
}

let env: typeof Handlebars | undefined;

/**
 * One isolated environment: input text is only ever data here, never compiled as a template. Made on first use:
 * check renders no template, and its script starts Handlebars only then (scripts/bundle.mjs).
 */
function hbs(): typeof Handlebars {
  if (!env) {
    env = Handlebars.create();
    env.registerHelper('inc', (i: number) => i + 1);
    env.registerHelper('join', (items: unknown, sep?: unknown) => (Array.isArray(items) ? items.join(typeof sep === 'string' ? sep : '、') : ''));
    env.registerHelper('cn', (n: number) => chineseNumber(n));
  }
  return env;
}

export type Render = (context: object) => string;

function lineOf(message: string): number | undefined {
  const m = /on line (\d+)|- (\d+):\d+/.exec(message);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/** The compile options of every template: strict, so that a misspelt field is an error; no HTML escaping (PDF text). */
export const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;

/**
 * Template specs compiled ahead of time, by source: the CLI bundle's (precompiled.ts), or the web page's (its
 * Content-Security-Policy forbids eval).
 */
let precompiled: (source: string) => TemplateSpecification | undefined = (source) => PRECOMPILED.get(source);

export function usePrecompiled(lookup: (source: string) => TemplateSpecification | undefined): void {
  precompiled = lookup;
}

/** Compiles strictly: a misspelt field is an error naming the template file and line, not a silent blank. */
export function compileTemplate(file: string, source: string, lineOffset = 0): Render {
  let template: HandlebarsTemplateDelegate;
  try {
    const spec = precompiled(source);
    if (spec) template = hbs().template(spec);
    // Plain text needs no compiler (which a page under a strict CSP cannot run): it prints as it is.
    else if (!source.includes('{{')) template = () => source;
    else {
      // precompile parses eagerly, so a syntax error surfaces before any data is rendered.
      hbs().precompile(source, COMPILE_OPTIONS);
      template = hbs().compile(source, COMPILE_OPTIONS);
    }
  } catch (e) {
    const line = lineOf((e as Error).message);
    throw new TemplateError(file, line && line + lineOffset, (e as Error).message.split('\n')[0]);
  }
  return (context: object) => {
    try {
      return template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (e) {
      const msg = (e as Error).message;
      const line = lineOf(msg);
      const field = /"(.+?)" not defined/.exec(msg)?.[1];
      throw new TemplateError(file, line && line + lineOffset, field ? TEMPLATE_MESSAGES.noField(field) : msg.split('\n')[0]);
    }
  };
}
