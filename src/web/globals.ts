/**
 * What pdfkit and its stream library expect as globals in Node, given to them in the browser bundle only
 * (scripts/webBundle.mjs injects this file). jixiao's own code does not rely on them.
 */
import { Buffer } from 'buffer/';
import process from 'process/browser.js';

const g = globalThis as { Buffer?: unknown; process?: unknown };
g.Buffer ??= Buffer;
g.process ??= process;

export { Buffer, process };
