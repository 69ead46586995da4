import { syntaxError } from './syntax.js';

export function parseJson(file: string, text: string): unknown {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  try {
    return JSON.parse(text.slice(bom));
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    throw syntaxError(file, text, pos ? Number(pos[1]) + bom : text.length, msg.replace(/ in JSON at position \d+.*$/, ''));
  }
}
