import { templateLabels } from '../compose/labels.js';
import { TemplateError } from '../compose/handlebars.js';
import { TEMPLATE_MESSAGES as TM } from '../compose/messages.js';
import { readTemplateFile } from '../compose/templateFiles.js';
import { fromTemplate } from '../resources.js';
import { knownYear, type YearPlaces } from './places.js';

/**
 * {{year}} and {{previousYear}} of a label: the year and the one before, or, until a year is written, the words that
 * keep two such columns apart ("上年决算数", "本年决算数"; blanks would make both "年决算数").
 */
export function yearPlaces(year: unknown): YearPlaces {
  return knownYear(year) ?? unknownYearWords();
}

/** templates/labels.yaml `unknownYear`: refused when blank or the same twice, which would name two columns alike. */
function unknownYearWords(): YearPlaces {
  return fromTemplate(
    'labels.yaml#unknownYear',
    () => {
      const labels = templateLabels();
      const words = { year: labels.text('unknownYear.year').trim(), previousYear: labels.text('unknownYear.previousYear').trim() };
      if (!words.year || !words.previousYear || words.year === words.previousYear) throw new TemplateError(readTemplateFile('labels.yaml').file, undefined, TM.yearWords);
      return words;
    },
    ['labels.yaml'],
  );
}

/**
 * A message worded from a column's title before the input's year was known (a refusal of the input's schema): its
 * {{year}} and {{previousYear}} filled as `yearPlaces` fills them, and nothing else touched (the message may quote
 * what the clerk typed).
 */
export function fillYear(text: string, year: unknown): string {
  const places = yearPlaces(year);
  return text.replace(/\{\{\s*(year|previousYear)\s*\}\}/g, (_, k: 'year' | 'previousYear') => places[k]);
}
