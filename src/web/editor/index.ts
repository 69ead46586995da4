/**
 * The form-shaped editor for the page: mountEditor draws the input's forms from its profile's definitions (or,
 * for hunan-2022, from its workbook sheets) into an element, reports every edit, and marks and focuses fields for
 * the findings panel.
 */
import './jitless.js';
import { h, render } from 'preact';
import type { Finding } from '../../diagnostics/finding.js';
import type { Profile } from '../../forms/definition.js';
import { EditorView } from './Editor.js';
import { pathKey } from './paths.js';
import { createStore, type Input } from './store.js';
import { EDITOR_CSS } from './style.js';

export interface EditorOptions {
  profile: Profile;
  input: Input;
  findings?: Finding[];
  /** Called with the whole input after every edit (a typed cell, a row added, removed or moved). */
  onChange?: (input: Input) => void;
}

export interface EditorHandle {
  /** New input or findings from outside (a file opened, a check run): redraws without calling onChange. */
  update(input: Input | undefined, findings?: Finding[]): void;
  /** Scrolls to the field at `path` ("projects.0.funds.total.score"), or the nearest enclosing one, focuses and marks it. */
  focusField(path: string): boolean;
  unmount(): void;
}

/**
 * The editor's style sheet, adopted by the document rather than written into a <style> element, so that a strict
 * Content-Security-Policy (style-src 'self', no inline styles) lets it apply.
 */
function ensureStyle(doc: Document): void {
  const win = doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
  if (!win || doc.adoptedStyleSheets.some((s) => (s as CSSStyleSheet & { jxEditor?: boolean }).jxEditor)) return;
  const sheet = new win.CSSStyleSheet() as CSSStyleSheet & { jxEditor?: boolean };
  sheet.replaceSync(EDITOR_CSS);
  sheet.jxEditor = true;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** The element of a path, or of the nearest path above it that has one (a finding may name a row or a section). */
function fieldElement(root: HTMLElement, path: string): HTMLElement | undefined {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const key = CSS.escape(parts.slice(0, n).join('.'));
    const el = root.querySelector<HTMLElement>(`[data-path="${key}"]`) ?? root.querySelector<HTMLElement>(`[data-path^="${key}."]`);
    if (el) return el;
  }
  return undefined;
}

export function mountEditor(element: HTMLElement, options: EditorOptions): EditorHandle {
  ensureStyle(element.ownerDocument);
  const store = createStore(options.profile, options.input, options.findings ?? [], options.onChange ?? (() => {}));
  render(h(EditorView, { store }), element);
  return {
    update(input, findings) {
      if (input) store.data.value = input;
      if (findings) store.found.value = findings;
    },
    focusField(path) {
      const el = fieldElement(element, path);
      if (!el) return false;
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
      store.marked.value = el.dataset.path ? pathKey(el.dataset.path.split('.')) : undefined;
      return true;
    },
    unmount() {
      render(null, element);
    },
  };
}
