/** How a year is written inside a clerk's text ("2022年全年", "2022 年预算"). Notation, not wording. */
export const YEAR_IN_TEXT = /(20\d\d)\s*年/g;
const YEAR = '年';
/** A year as the message quotes it: 2022年. */
export const yearText = (year: number | string) => `${year}${YEAR}`;
