/** `{{name}}` in a definition's wording (titles, labels, file names), filled from `places`; an unknown name is left blank. */
export function fillPlaces(text: string, places: Readonly<Record<string, unknown>>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(places[k] ?? ''));
}
