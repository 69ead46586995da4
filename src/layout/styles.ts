import { parseTemplateYaml } from '../compose/yamlCache.js';
import { readTemplateFile } from '../compose/templateFiles.js';
import { TemplateError } from '../compose/handlebars.js';
import { fromTemplate } from '../resources.js';

/** What a laid-out document is: `narrative`, a form's id (`basicData`, `project`…), or a page of its own (`findings`, `summary`). */
export type DocumentKind = string;

export type Orientation = 'portrait' | 'landscape';

export interface Styles {
  page: { size: string; marginsMm: { top: number; bottom: number; left: number; right: number }; footerFontSize: number };
  /** The narrative's; a form's is in its definition (templates/profiles/<id>/forms/<form>.yaml `orientation`). */
  orientation: { narrative: Orientation };
  narrative: { titleSize: number; subtitleSize: number; headingSize: number; bodySize: number; lineHeight: number; firstLineIndentChars: number };
  tables: { titleSize: number; captionSize: number; cellSize: number; headerFill: string; cellPadding: number; rule: number };
  /** Signature and seal images: sizes in points. */
  images: { signatureWidth: number; signatureHeight: number; sealSize: number };
  /** Forms that should fit one page: how far their tables may shrink to get there. */
  fit?: Partial<Record<string, { onePage: boolean; minCellSize: number; minCellPadding: number; minCaptionSize: number; minTitleSize: number }>>;
}

const MM = 72 / 25.4;

export function loadStyles(): Styles {
  const { file, source } = readTemplateFile('styles.yaml');
  try {
    return parseTemplateYaml(source) as Styles;
  } catch (e) {
    throw new TemplateError(file, (e as { linePos?: { line: number }[] }).linePos?.[0]?.line, (e as Error).message.split('\n')[0]);
  }
}

/** pdfmake's margin order: [left, top, right, bottom], in points. */
export function pageMargins(s: Styles): [number, number, number, number] {
  const m = s.page.marginsMm;
  return [m.left * MM, m.top * MM, m.right * MM, m.bottom * MM];
}

const A4 = { width: 595.28, height: 841.89 };

/** Usable width of a page in this orientation, in points. */
export function contentWidth(s: Styles, orientation: Orientation): number {
  const m = s.page.marginsMm;
  return (orientation === 'portrait' ? A4.width : A4.height) - (m.left + m.right) * MM;
}

/** Usable height of a page in this orientation, in points. */
export function contentHeight(s: Styles, orientation: Orientation): number {
  const m = s.page.marginsMm;
  return (orientation === 'portrait' ? A4.height : A4.width) - (m.top + m.bottom) * MM;
}

/** The style file, parsed once while it stays the same (every build, and every build's budget check, asks for it). */
export function templateStyles(): Styles {
  return fromTemplate('styles.yaml', () => loadStyles());
}
