/** The site's templates, fetched from its folder: all the editor reads besides the input. */
import type { Resources } from '../../resources.js';
import { siteTemplates as fetchTemplates } from '../siteFiles.js';

export async function siteTemplates(base: string): Promise<Resources> {
  const none = (what: string) => (): never => {
    throw new Error(`the form editor reads no ${what}`);
  };
  return { ...(await fetchTemplates(base)), font: none('font'), coverage: none('font coverage'), image: none('image') };
}
