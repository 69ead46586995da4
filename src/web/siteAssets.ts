/**
 * The site's big files under names that carry a hash of their content (fonts/NotoSansSC-Regular.<hash>.ttf …), so
 * that any web server may let browsers keep them for good: a new version of a file is a new name. The names are
 * set when the site is built (scripts/build-web.mjs defines __SITE_ASSETS__).
 */
import type { FontStyle } from '../resources.js';

export interface SiteAssets {
  /** Each font's path in the site, and the name the PDFs know it by (the file's own name, without the hash). */
  fonts: Record<FontStyle, { path: string; name: string }>;
  coverage: string;
  pdfWorker: string;
}

declare const __SITE_ASSETS__: SiteAssets;

export const SITE_ASSETS: SiteAssets = __SITE_ASSETS__;
