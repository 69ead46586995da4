/**
 * Lists typed the way the paper shows them, made into what the templates expect: one item per entry, no numbering
 * of its own (the template numbers items). Each change is kept with the list, so that the check stage can warn:
 * the tool never silently prints something other than what was typed.
 */
import { LEADING_NUMBER } from './patterns.js';
import { mapList } from '../mapList.js';

/** What was changed in one list: leading numbers removed, or one entry split into several. */
export interface TypingChange {
  kind: 'numbering' | 'split';
  /** Index of the entry as typed. */
  index: number;
  typed: string;
  /** The entries it became (one for a removed number). */
  items: string[];
}

// A numbered entry starting after a sentence end inside one cell: "……。2、……".
const INNER_NUMBER = /(?<=[。；;])\s*(?=(?:\d{1,2}\s*[、．.](?!\d)|[（(]\s*\d{1,2}\s*[)）]|[①-⑳]))/;
// An ASCII comma between digits is a thousands separator (1,086), not a separator of names.
const PHRASE_SEPARATORS = /(?:[、，；;\n]|(?<!\d),|,(?!\d))+/;
const LINE_BREAKS = /\s*\n\s*/;

const changes = new WeakMap<readonly string[], TypingChange[]>();

/** The changes made to a parsed list, if any. */
export function typingChanges(list: readonly string[]): readonly TypingChange[] {
  return changes.get(list) ?? [];
}

function tidy(list: string[], split: (entry: string) => string[]): string[] {
  const out: string[] = [];
  const made: TypingChange[] = [];
  list.forEach((typed, index) => {
    const parts = mapList(split(typed), (p) => p.trim())
      .filter(Boolean);
    const items = mapList(parts, (p) => p.replace(LEADING_NUMBER, '').trim()).filter(Boolean);
    if (!items.length) return void out.push(typed);
    if (items.length > 1) made.push({ kind: 'split', index, typed, items });
    else if (items[0] !== typed.trim()) made.push({ kind: 'numbering', index, typed, items });
    out.push(...items);
  });
  if (made.length) changes.set(out, made);
  return made.length ? out : list;
}

/** Entries printed one per line and numbered by the template: split at line breaks and inner numbers. */
export function tidyNumbered(list: string[]): string[] {
  return tidy(list, (entry) => entry.split(LINE_BREAKS).flatMap((line) => line.split(INNER_NUMBER)));
}

/** Short names joined or counted in a sentence (科室): split at 、，; and line breaks. */
export function tidyPhrases(list: string[]): string[] {
  return tidy(list, (entry) => entry.split(PHRASE_SEPARATORS));
}

/** Phrases joined with 、 in a sentence (用途): split at line breaks only, their 、 print the same either way. */
export function tidyLines(list: string[]): string[] {
  return tidy(list, (entry) => entry.split(LINE_BREAKS));
}
