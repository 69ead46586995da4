/** The Node adapter of the core's resources: templates, fonts and images read from the package's folders on disk. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PNG_DATA_URI, readImage } from '../load/image.js';
import { packageRoot } from '../packageRoot.js';
import { cachedYaml } from './yamlCache.js';
import { bundledStore, lookUpProfile } from './profileStore.js';
import { NODE_MESSAGES } from './messages.js';
import { useResources, type CoverageRanges, type FontStyle, type LazyGlyphs, type Resources } from '../resources.js';
import { readFontFile } from './fontFile.js';
import { folderEntries } from './folderEntries.js';
import { UserError } from '../diagnostics/finding.js';

/** The templates folder: the package's, or the one JIXIAO_TEMPLATES names (a region's own forms and wording). */
export function templatesDir(): string {
  return process.env.JIXIAO_TEMPLATES ?? join(packageRoot(), 'templates');
}

export function fontsDir(): string {
  return join(packageRoot(), 'fonts');
}

/** The TTFs made at install time by scripts/prepare-fonts.mjs. Italic styles map to upright: Chinese forms use none. */
export function fontFiles(): Record<FontStyle | 'italics' | 'bolditalics', string> {
  const regular = join(fontsDir(), 'NotoSansSC-Regular.ttf');
  const bold = join(fontsDir(), 'NotoSansSC-Bold.ttf');
  for (const f of [regular, bold]) {
    if (!existsSync(f)) throw new UserError(NODE_MESSAGES.missingFont(f));
  }
  return { normal: regular, bold, italics: regular, bolditalics: bold };
}

const fonts = new Map<string, { name: string; bytes: Uint8Array; glyphs?: LazyGlyphs }>();
let coverage: { file: string; ranges: CoverageRanges } | undefined;

export const nodeResources: Resources = {
  template(name) {
    const file = join(templatesDir(), name);
    return { file, source: readFileSync(file, 'utf8') };
  },
  templateList(dir) {
    return folderEntries(join(templatesDir(), dir));
  },
  templateStamp(name) {
    const file = join(templatesDir(), name);
    const st = statSync(file, { throwIfNoEntry: false });
    return st ? `${file}:${st.mtimeMs}:${st.size}` : `${file}:none`;
  },
  font(style) {
    const path = fontFiles()[style];
    let font = fonts.get(path);
    if (!font) fonts.set(path, (font = { name: basename(path), ...readFontFile(path) }));
    return font;
  },
  coverage() {
    const file = join(fontsDir(), 'coverage.json');
    if (coverage?.file !== file) coverage = { file, ranges: (JSON.parse(readFileSync(file, 'utf8')) as { ranges: CoverageRanges }).ranges };
    return coverage.ranges;
  },
  image(name) {
    // A picture a workbook carried (a PNG data URI) is no path: resolving it would name a file that is not there.
    return readImage(name.startsWith(PNG_DATA_URI) ? name : resolve(name));
  },
  parsedYaml: cachedYaml,
  storedProfile(folder, files) {
    return lookUpProfile(bundledStore(folder), folder, files, (name) => nodeResources.template(name).source);
  },
};

/** Imported for its effect by every Node entry (CLI, batch worker, pipeline, tests): the core then reads from disk. */
useResources(nodeResources);
